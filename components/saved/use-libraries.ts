import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Library } from '@/utils/library/schema';
import { ownership } from '@/utils/library/store';
import { getDb } from '@/utils/storage/db';

/** The team libraries subscribed to, live, and which library each read-only item comes from. */
export function useLibraries(): { libraries: Library[] | undefined; owners: Map<string, Library> } {
  const libraries = useLiveQuery(() => getDb().libraries.orderBy('url').toArray(), []);
  const owners = useMemo(() => ownership(libraries ?? []), [libraries]);
  return { libraries, owners };
}
