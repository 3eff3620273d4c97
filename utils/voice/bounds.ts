/** The bounds of "Learn our voice" (no zod here: the content script uses this file). */

/** Posts one learning reads and sends at most, in one request. */
export const VOICE_BOUND = 30;

/** The request's stated budget: posts are cut, then left out, to keep its input under this. */
export const VOICE_BUDGET = {
  inputTokens: 6000,
  /** Each post sent is cut to this many characters. */
  postChars: 600,
  outputTokens: 900,
} as const;

/** What the model may propose, per kind. */
export const VOICE_PROPOSALS = { descriptors: 5, rules: 5, minExamples: 3, maxExamples: 5 } as const;
