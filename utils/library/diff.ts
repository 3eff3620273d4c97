import type { BrandProfile } from '@/utils/brand/profile';
import type { SavedReply } from '@/utils/saved/schema';
import { canonical } from './ids';

/** What an update of a team library changes, item by item, for the manager to see before applying it. */
export interface LibraryChange {
  kind: 'profile' | 'saved';
  id: string;
  /** The profile's name or the saved reply's title (the new one when it changed). */
  label: string;
  change: 'added' | 'changed' | 'removed';
  /** For a change: the fields that differ ("body", "tags", "rules"…). */
  fields: string[];
}

export interface LibraryItems {
  profiles: readonly BrandProfile[];
  savedReplies: readonly SavedReply[];
}

const DATES = new Set(['createdAt', 'updatedAt']);

function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !DATES.has(key) && canonical(a[key]) !== canonical(b[key]))
    .sort();
}

function diffKind<T extends { id: string }>(
  kind: LibraryChange['kind'],
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
): LibraryChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const changes: LibraryChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    old.delete(item.id);
    if (!previous) changes.push({ kind, id: item.id, label: label(item), change: 'added', fields: [] });
    else {
      const fields = changedFields(previous, item);
      if (fields.length) changes.push({ kind, id: item.id, label: label(item), change: 'changed', fields });
    }
  }
  for (const item of old.values())
    changes.push({ kind, id: item.id, label: label(item), change: 'removed', fields: [] });
  return changes;
}

/** Profiles first, then saved replies; in each, added, changed, removed, in the file's order. */
export function diffLibrary(current: LibraryItems, next: LibraryItems): LibraryChange[] {
  const order = { added: 0, changed: 1, removed: 2 } as const;
  const sorted = (changes: LibraryChange[]) =>
    changes.map((c, i) => ({ c, i })).sort((a, b) => order[a.c.change] - order[b.c.change] || a.i - b.i);
  return [
    ...sorted(diffKind('profile', current.profiles, next.profiles, (p) => p.name)),
    ...sorted(diffKind('saved', current.savedReplies, next.savedReplies, (s) => s.title)),
  ].map((x) => x.c);
}
