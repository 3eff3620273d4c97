import { reportPageStatus } from '@/utils/messaging/content-side';

/** Words the platforms use in reply boxes' labels and placeholders (en, fr, de, es, zh). */
const REPLY_BOX = /reply|comment|répond|comment|antwort|kommentar|respond|coment|回复|评论|留言/i;

/** Its labels and placeholder, including a placeholder drawn by a sibling element (Draft.js does that). */
function looksLikeReplyBox(el: Element): boolean {
  const labels = ['aria-label', 'aria-placeholder', 'placeholder', 'data-placeholder'].map(
    (a) => el.getAttribute(a) ?? '',
  );
  const around = el.parentElement?.parentElement?.parentElement;
  const drawn = around
    ? Array.from(around.querySelectorAll('[class*="laceholder"]'), (p) => p.textContent ?? '')
    : [];
  return REPLY_BOX.test([...labels, ...drawn].join(' '));
}

/**
 * Notices when the manager types in what looks like a reply box that no adapter recognises (the site
 * changed its page). The page sees nothing; the extension's side panel and toolbar say "not recognised
 * here". It costs nothing until the manager focuses such a box, and reports at most once per change.
 */
export class PageStatus {
  private unrecognised = false;
  private lastReport = '';

  constructor(private readonly recognised: () => number) {}

  onFocus(target: Element, matched: boolean): void {
    if (matched || this.unrecognised) return;
    const editable =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
    if (editable && looksLikeReplyBox(target)) {
      this.unrecognised = true;
      this.report();
    }
  }

  report(): void {
    const status = { recognised: this.recognised(), unrecognised: this.unrecognised };
    const key = JSON.stringify(status);
    if (key === this.lastReport) return;
    this.lastReport = key;
    void reportPageStatus(status).catch(() => undefined);
  }
}
