/**
 * The small facts the panel shares with the prompt builder, kept apart so the panel does not load the
 * prompt builder itself: how many drafts one request writes, and the instruction behind Shorten
 * (instructions to the model are in English).
 */
export const DRAFT_COUNT = 3;

export const shortenInstruction = (max: number): string => `make it shorter: at most ${max} characters.`;
