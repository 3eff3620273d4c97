/**
 * Library items live beside the manager's own under ids of their own: `lib-<library>-<digest of the
 * file's id>`, the same at every fetch (so an update finds what it changes), never one of the manager's.
 * The digest is FNV-1a, 64 bits from two seeds: a fingerprint, not a secret.
 */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export const digest = (text: string): string => fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x050c5d1f);

export const libraryItemId = (libraryId: string, kind: 'profile' | 'saved', fileId: string): string =>
  `lib-${libraryId}-${kind === 'profile' ? 'p' : 's'}${digest(fileId)}`;

export const newLibraryId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');

/** JSON with keys in order, so the same content always gives the same text (and digest). */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}
