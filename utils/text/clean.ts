/**
 * Cleaning of untrusted text read from a page (posts, comments, drafts) before it goes anywhere else.
 *
 * Removes what a reader cannot see but a model can: control characters, zero-width and bidi controls,
 * Unicode "tag" characters (used to smuggle hidden instructions), while keeping legitimate emoji:
 * ZWJ sequences (👩‍💻), variation selectors (❤️), keycaps, regional-indicator flags (🇫🇷) and the
 * subdivision flags (🏴󠁧󠁢󠁳󠁣󠁴󠁿) that are themselves built from tag characters.
 */

const BLACK_FLAG = 0x1f3f4;
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007e;
const CANCEL_TAG = 0xe007f;

const isEmojiLike = (cp: number | undefined): boolean =>
  cp !== undefined &&
  ((cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0xfe0f || cp === 0x20e3);

function isInvisible(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a) return false; // tab and newline are legitimate
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true; // C0 / C1 controls
  if (cp === 0x00ad || cp === 0x034f || cp === 0x061c || cp === 0x180e) return true; // soft hyphen, CGJ, ALM, MVS
  if (cp >= 0x200b && cp <= 0x200f) return true; // zero-width space/joiners, LRM/RLM (ZWJ handled by caller)
  if (cp >= 0x202a && cp <= 0x202e) return true; // bidi embeddings and overrides
  if (cp >= 0x2060 && cp <= 0x206f) return true; // word joiner, invisible operators, bidi isolates
  if (cp === 0xfeff) return true; // BOM / zero-width no-break space
  if (cp >= 0xfff9 && cp <= 0xfffb) return true; // interlinear annotations
  if (cp >= 0xe0000 && cp <= 0xe007f) return true; // tag characters (kept only inside a flag, see below)
  if (cp >= 0x1d173 && cp <= 0x1d17a) return true; // musical formatting controls
  return false;
}

/** Strips invisible and directional control characters; keeps emoji sequences intact. */
export function stripInvisible(input: string): string {
  const cps = Array.from(input, (ch) => ch.codePointAt(0) ?? 0);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp === 0x0d) {
      if (cps[i + 1] !== 0x0a) out += '\n';
      continue;
    }
    if (cp === 0x200d) {
      // ZWJ: keep only between two emoji-like code points (👩‍💻), drop elsewhere.
      if (isEmojiLike(cps[i - 1]) && isEmojiLike(cps[i + 1])) out += '\u200d';
      continue;
    }
    if (cp === BLACK_FLAG) {
      // A subdivision flag: 🏴 + tag letters + cancel tag. Keep the whole sequence when well formed.
      let j = i + 1;
      while (j < cps.length && cps[j]! >= TAG_FIRST && cps[j]! <= TAG_LAST) j++;
      if (j > i + 1 && cps[j] === CANCEL_TAG) {
        out += String.fromCodePoint(...cps.slice(i, j + 1));
        i = j;
        continue;
      }
    }
    if (isInvisible(cp)) continue;
    out += String.fromCodePoint(cp);
  }
  return out;
}

/**
 * Text leaving the extension (Insert, Copy, Send to composer): what the model or the manager wrote, with
 * the same invisible characters removed as from page text, so a hidden instruction or a bidi trick in a
 * draft can never reach the platform. Emoji sequences stay whole; line breaks and spacing stay as written.
 */
export const cleanOutgoingText = (text: string): string => stripInvisible(text);

/** Truncates on a code point boundary (never splitting a surrogate pair), marking the cut with "…". */
export function bound(input: string, max: number): string {
  const chars = Array.from(input);
  if (chars.length <= max) return input;
  return (
    chars
      .slice(0, Math.max(0, max - 1))
      .join('')
      .trimEnd() + '…'
  );
}

/** Full cleaning for page text: invisible characters out, whitespace tidied, length bounded. */
export function cleanPageText(input: string | null | undefined, max: number): string {
  if (!input) return '';
  const text = stripInvisible(input.normalize('NFC'))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return bound(text, max);
}

/** Text compared loosely: whitespace (including NBSP and newlines) removed. Used to verify insertions. */
export const looseText = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, '');
