/**
 * Required passages (`[[…]]` in a saved reply) must come back from the model word for word. The check
 * is strict on every character a reader sees; only runs of spaces and line breaks may differ (an
 * editor may rewrap them), and the model may leave the `[[ ]]` marks in (they are removed).
 */
const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The model's answer without any `[[ ]]` it kept. */
export const stripMarks = (text: string): string => text.replace(/\[\[|\]\]/g, '');

/** The required passages the text does not carry verbatim (empty: all kept). */
export function missingPassages(text: string, required: readonly string[]): string[] {
  const haystack = normalize(stripMarks(text));
  return required.filter((passage) => !haystack.includes(normalize(passage)));
}
