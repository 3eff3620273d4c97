import type { z } from 'zod';

/**
 * Who may send what (zod-free: the content script imports these types):
 * - `content`: the content script in the top frame of linkedin.com / x.com / twitter.com;
 * - `generic`: the generic mode's script, in a frame of another site where the manager invoked it;
 * - `panel`: the suggestion panel (an extension page framed beside the composer);
 * - `extension`: any page of the extension itself (options, side panel, panel);
 * - `playground`: the extension's own practice page, which hosts composers like a content script does.
 */
export type SenderKind = 'content' | 'generic' | 'panel' | 'extension' | 'playground';

interface Def {
  from: readonly SenderKind[];
  payload: z.ZodType;
  result: z.ZodType;
}

export type Payload<P extends Record<string, Def>, K extends keyof P> = z.input<P[K]['payload']>;
export type Result<P extends Record<string, Def>, K extends keyof P> = z.output<P[K]['result']>;

/** The message types of `P` that a sender of kind `S` may send: anything else is a type error. */
export type SendableFrom<P extends Record<string, Def>, S extends SenderKind> = {
  [K in keyof P]: S extends P[K]['from'][number] ? K : never;
}[keyof P] &
  string;
