import { z } from 'zod';
import { BrandProfileSchema } from '@/utils/brand/profile';
import { SavedReplySchema } from '@/utils/saved/schema';

/**
 * A team library the manager subscribed to: an HTTPS address of a profiles file (utils/brand/transfer.ts,
 * format version 3) that the team hosts. Its profiles and saved replies are copied here, read-only,
 * under ids of their own (utils/library/ids.ts), so they never overwrite the manager's own. Stored in
 * Dexie from database version 7; LIBRARY_VERSION changes with this shape.
 */
export const LIBRARY_VERSION = 1;

const int = z.number().int();

/** What a file of the library holds, as stored (ids already mapped to this library's). */
export const LibraryContentSchema = z.object({
  /** A digest of the content, to tell an update from the same file fetched again. */
  revision: z.string().max(64),
  name: z.string().max(80),
  profiles: z.array(BrandProfileSchema).max(500),
  savedReplies: z.array(SavedReplySchema).max(2000),
  /** Each item's id in the file → its id here. */
  ids: z.record(z.string(), z.string()),
});
export type LibraryContent = z.infer<typeof LibraryContentSchema>;

export const LibrarySchema = z.object({
  id: z.string().regex(/^[0-9a-f]{8}$/),
  url: z.string().max(2000),
  /** The file's own name for itself, else the host it is served from. */
  name: z.string().max(80),
  addedAt: int,
  /** When it was last fetched (successfully or not), and when an update was last applied. */
  checkedAt: int.optional(),
  appliedAt: int.optional(),
  /** The revision applied, and the ids here of the items it brought. */
  revision: z.string().max(64),
  profileIds: z.array(z.string()).max(500),
  savedIds: z.array(z.string()).max(2000),
  /** The last fetch's problem (a bad file is refused whole: what is here stays as it was). */
  problem: z
    .object({ message: z.string().max(1000), field: z.string().max(200).optional(), at: int })
    .optional(),
  /** An update fetched and not applied yet: the manager sees what changed first. */
  pending: LibraryContentSchema.extend({ fetchedAt: int }).optional(),
});
export type Library = z.infer<typeof LibrarySchema>;
