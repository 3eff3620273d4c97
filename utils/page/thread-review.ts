import { t } from '@/utils/i18n/i18n';
import { sendFromContent } from '@/utils/messaging/content-side';
import type { PlatformAdapter } from '@/utils/platforms';
import { commentElement, COMMENT_SELECTOR, readThread } from '@/utils/platforms/threads';
import { X_SELECTORS } from '@/utils/platforms/x';
import { postIdOf } from '@/utils/queue/key';
import type { ThreadRead } from '@/utils/queue/thread';
import type { Composer } from './composers';
import { mark } from './instance';

/**
 * The comment queue on a post's page (the queue itself is in the side panel, utils/queue):
 * - "Review comments", a button of ours in a closed shadow root, fixed in a corner of the window (out of
 *   the page's layout). Only the manager's own click reads the thread and sends it to the extension.
 * - After a review, what the page adds (more comments loaded, the brand's replies) is read again when
 *   the page is idle, and sent as an update that never starts a model request.
 * - "Show" from the queue scrolls to the comment and draws a highlight over it, without a click on the
 *   page. The extension never presses the platform's buttons: when the manager presses Reply under that
 *   comment, the panel opens for its reply box.
 */
const PILL_CSS = `
:host { all: initial; position: fixed; right: 20px; bottom: 20px; z-index: 2147483645; }
button {
  display: inline-flex; align-items: center; gap: 6px; padding: 8px 14px; border-radius: 18px;
  border: 1px solid #0a66c2; background: #fff; color: #0a66c2; cursor: pointer;
  font: 600 13px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif;
  box-shadow: 0 2px 10px rgba(0,0,0,.18); max-width: 320px; text-align: left;
}
button:hover { background: #eef4fb; }
button:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { button { background: #1d2226; color: #70b5f9; border-color: #70b5f9; } }
`;

const HIGHLIGHT_CSS = `
.ring {
  position: absolute; inset: 0; box-sizing: border-box;
  border: 3px solid #f59e0b; border-radius: 10px; box-shadow: 0 0 0 4px rgba(245, 158, 11, .25);
}
.hint {
  position: absolute; right: 6px; top: -14px; padding: 2px 8px; border-radius: 8px; background: #f59e0b;
  color: #1f1300; font: 600 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; white-space: nowrap;
}
`;

/** How long after "Show" a press on the comment's Reply opens the panel, and how long after that press. */
const ARMED_MS = 5 * 60_000;
const PRESSED_MS = 15_000;
/** After a review, the page is read again at most this often, once it has been quiet this long. */
const UPDATE_QUIET_MS = 1200;

const signature = (read: ThreadRead): string =>
  read.items.map((i) => `${i.id}:${i.byBrand ? 1 : 0}:${i.text.length}`).join(',');

export class ThreadReview {
  private pill: { host: HTMLElement; label: HTMLSpanElement } | undefined;
  private reviewed: { postId: string; signature: string } | undefined;
  private busy = false;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private highlight: { host: HTMLElement; element: Element; id: string } | undefined;
  private armed: { id: string; until: number } | undefined;
  private pressed: { id: string; until: number } | undefined;
  private scheduled = false;
  private readonly cleanup = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly adapters: readonly PlatformAdapter[],
    private readonly open: (composer: Composer, commentId: string) => void,
  ) {
    const signal = this.cleanup.signal;
    const onMove = (): void => this.schedulePlace();
    window.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
    window.addEventListener('resize', onMove, { passive: true, signal });
    this.refresh();
  }

  /** After a batch of page changes: the button on post pages only; an update once the page is quiet. */
  private lastHref: string | undefined;
  private lastPost = false;

  refresh(): void {
    const href = this.doc.defaultView?.location.href ?? '';
    // The hot path on a feed: the page changes all the time, its address seldom. Nothing to do then.
    if (href === this.lastHref && !this.lastPost && !this.highlight) return;
    this.lastHref = href;
    const post = postIdOf(href);
    this.lastPost = Boolean(post);
    if (!post) {
      this.pill?.host.remove();
      this.reviewed = undefined;
    } else {
      if (this.reviewed && this.reviewed.postId !== post.postId) this.reviewed = undefined;
      this.mountPill();
      if (this.reviewed) this.scheduleUpdate();
    }
    if (this.highlight && !this.highlight.element.isConnected) this.refind();
  }

  destroy(): void {
    this.cleanup.abort();
    clearTimeout(this.updateTimer);
    this.pill?.host.remove();
    this.highlight?.host.remove();
  }

  /** The thread as the page shows it now (the side panel's "Review comments on this tab"). */
  read(): { thread: ThreadRead | null } {
    const thread = readThread(this.doc, this.adapters);
    if (thread) this.reviewed = { postId: thread.postId, signature: signature(thread) };
    return { thread };
  }

  /** "Show" from the queue: scroll to the comment and highlight it. */
  show(id: string): { found: boolean } {
    const element = commentElement(this.doc, this.adapters, id);
    if (!element) return { found: false };
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.drawHighlight(element, id);
    this.armed = { id, until: Date.now() + ARMED_MS };
    this.pressed = undefined;
    return { found: true };
  }

  /** Every click in the page: the manager's own press inside the comment shown arms its reply box. */
  noteClick(event: MouseEvent): void {
    if (!event.isTrusted || !this.armed || Date.now() > this.armed.until) return;
    const target = event.target as Element | null;
    const owner = target?.closest?.(COMMENT_SELECTOR);
    const shown = commentElement(this.doc, this.adapters, this.armed.id);
    if (owner && shown && owner === shown)
      this.pressed = { id: this.armed.id, until: Date.now() + PRESSED_MS };
  }

  /** A reply box appeared: the one the manager opened under the comment shown gets its panel at once. */
  composerAppeared(composer: Composer): void {
    const pressed = this.pressed;
    if (!pressed || Date.now() > pressed.until) return;
    const shown = commentElement(this.doc, this.adapters, pressed.id);
    const editor = composer.editor;
    const under = shown?.contains(editor) || editor.closest(X_SELECTORS.dialog) !== null;
    if (!under) return;
    this.pressed = undefined;
    this.armed = undefined;
    this.highlight?.host.remove();
    this.highlight = undefined;
    this.open(composer, pressed.id);
  }

  private mountPill(): void {
    if (!this.pill) {
      const host = this.doc.createElement('span');
      const shadow = host.attachShadow({ mode: 'closed', delegatesFocus: true });
      const style = this.doc.createElement('style');
      style.textContent = PILL_CSS;
      const button = this.doc.createElement('button');
      button.type = 'button';
      const spark = this.doc.createElement('span');
      spark.setAttribute('aria-hidden', 'true');
      spark.textContent = '✦';
      const label = this.doc.createElement('span');
      label.textContent = t('page.reviewComments');
      button.title = t('page.reviewTitle');
      button.append(spark, label);
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        if (event.isTrusted) void this.review();
      });
      for (const type of ['keydown', 'keyup', 'keypress'] as const)
        button.addEventListener(type, (event) => event.stopPropagation());
      shadow.append(style, button);
      mark(host, 'review');
      this.pill = { host, label };
    }
    if (!this.pill.host.isConnected) this.doc.documentElement.append(this.pill.host);
  }

  private async review(): Promise<void> {
    if (this.busy || !this.pill) return;
    this.busy = true;
    const { label } = this.pill;
    label.textContent = t('page.reviewReading');
    try {
      const { thread } = this.read();
      if (!thread || thread.items.length === 0) {
        label.textContent = t('page.reviewNone');
        return;
      }
      const { count } = await sendFromContent('thread.review', thread);
      label.textContent = t('page.reviewDone', [count]);
    } catch (error) {
      label.textContent = error instanceof Error ? error.message : t('page.couldNotOpen');
    } finally {
      this.busy = false;
    }
  }

  private scheduleUpdate(): void {
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      const idle = (cb: () => void): unknown =>
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(cb, { timeout: 2000 })
          : setTimeout(cb);
      idle(() => {
        if (!this.reviewed || this.cleanup.signal.aborted) return;
        const thread = readThread(this.doc, this.adapters);
        if (!thread || thread.postId !== this.reviewed.postId) return;
        const next = signature(thread);
        if (next === this.reviewed.signature) return;
        this.reviewed = { postId: thread.postId, signature: next };
        void sendFromContent('thread.update', thread).catch(() => undefined);
      });
    }, UPDATE_QUIET_MS);
  }

  private drawHighlight(element: Element, id: string): void {
    this.highlight?.host.remove();
    const host = this.doc.createElement('span');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = HIGHLIGHT_CSS;
    const ring = this.doc.createElement('div');
    ring.className = 'ring';
    const hint = this.doc.createElement('span');
    hint.className = 'hint';
    hint.textContent = t('page.pressReply');
    ring.append(hint);
    shadow.append(style, ring);
    mark(host, 'highlight');
    this.doc.documentElement.append(host);
    this.highlight = { host, element, id };
    this.place();
  }

  /** The page re-rendered the comment (X recycles its cells): the highlight follows the new element. */
  private refind(): void {
    const found = this.highlight && commentElement(this.doc, this.adapters, this.highlight.id);
    if (found && this.highlight) {
      this.highlight.element = found;
      this.place();
    }
  }

  private schedulePlace(): void {
    if (!this.highlight || this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.place();
    });
  }

  private place(): void {
    if (!this.highlight) return;
    if (!this.highlight.host.isConnected) this.doc.documentElement.append(this.highlight.host);
    const r = this.highlight.element.getBoundingClientRect();
    // On the host itself, set again at every move (a page that restyles it is undone at once).
    this.highlight.host.style.cssText =
      'all:initial;position:fixed;pointer-events:none;z-index:2147483644;' +
      `left:${r.left - 4}px;top:${r.top - 4}px;width:${r.width + 8}px;height:${r.height + 8}px;` +
      `display:${r.width || r.height ? 'block' : 'none'};`;
  }
}
