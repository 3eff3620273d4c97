/**
 * Splits one streamed model answer into several drafts, as it arrives.
 *
 * The model is asked to start each draft with a line holding only `@@1`, `@@2`, `@@3`. Markers can be
 * split across chunks, so the start of a line that could still become a marker is held back; any other
 * text is released at once, so characters appear as they stream. A model that ignores the format still
 * yields one draft holding everything it wrote.
 */
export type DraftEvent = { type: 'delta'; index: number; text: string } | { type: 'reset'; index: number };

/** A complete marker at the start of a line, with its separator and line end if present. */
const MARKER = /^[ \t]*(?:#{1,3}[ \t]*)?\**@@[ \t]*(\d)\**[ \t]*[:.)–—-]?[ \t]*\r?\n?/;
/** The start of a line that may still become a marker once more text arrives. */
const MAYBE_MARKER = /^[ \t]*(?:#{1,3}[ \t]*)?\**(?:@(?:@[ \t]*)?)?$/;

export interface DraftParser {
  push(chunk: string): DraftEvent[];
  /** Releases whatever was held back; call when the stream ends. */
  end(): DraftEvent[];
  /** The drafts so far, trimmed. */
  readonly drafts: readonly string[];
}

export function createDraftParser(maxDrafts = 3): DraftParser {
  const drafts: string[] = [''];
  let index = 0;
  let sawMarker = false;
  let held = '';
  let lineStart = true;
  let draftStart = true;

  const emit = (events: DraftEvent[], raw: string): void => {
    let text = raw;
    if (draftStart) {
      text = text.replace(/^\s+/, '');
      if (!text) return;
      draftStart = false;
    }
    drafts[index] = (drafts[index] ?? '') + text;
    events.push({ type: 'delta', index, text });
  };

  const startDraft = (events: DraftEvent[], n: number): void => {
    if (!sawMarker && n === 1 && drafts[0]) {
      // Text before "@@1" was a preamble ("Here are three replies:"), not a draft.
      drafts[0] = '';
      events.push({ type: 'reset', index: 0 });
    }
    sawMarker = true;
    index = Math.min(Math.max(n - 1, 0), maxDrafts - 1);
    if (drafts[index]) events.push({ type: 'reset', index }); // a repeated marker restarts that draft
    drafts[index] = '';
    draftStart = true;
  };

  return {
    get drafts() {
      return drafts.map((d) => d.trim());
    },
    push(chunk) {
      const events: DraftEvent[] = [];
      let rest = held + chunk;
      held = '';
      while (rest) {
        if (lineStart) {
          const marker = rest.match(MARKER);
          if (marker && marker[0].length === rest.length && !rest.endsWith('\n')) {
            held = rest; // the marker's decoration or line end may still be coming
            break;
          }
          if (marker) {
            startDraft(events, Number(marker[1]));
            rest = rest.slice(marker[0].length);
            lineStart = marker[0].endsWith('\n');
            continue;
          }
          if (MAYBE_MARKER.test(rest)) {
            held = rest;
            break;
          }
          lineStart = false;
        }
        const newline = rest.indexOf('\n');
        if (newline === -1) {
          emit(events, rest);
          rest = '';
        } else {
          emit(events, rest.slice(0, newline + 1));
          rest = rest.slice(newline + 1);
          lineStart = true;
        }
      }
      return events;
    },
    end() {
      const events: DraftEvent[] = [];
      if (held.trim() && !MARKER.test(held)) emit(events, held);
      held = '';
      return events;
    },
  };
}
