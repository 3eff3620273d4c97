import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/i18n';
import { mark } from './instance';
import { PANEL_HEIGHT, PANEL_WIDTH, placePanel, type Rect } from './placement';
import { pageTheme } from './theme';

// Off screen, transparent, out of assistive technology and of the tab order until it is shown (the page
// inside is also inert until it has its session).
const HIDDEN = `opacity:0;pointer-events:none;left:-10000px;top:0;width:${PANEL_WIDTH}px;height:${PANEL_HEIGHT}px;`;
const SHOWN = 'opacity:1;pointer-events:auto;';

function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * The suggestion panel: an extension page in an iframe beside the composer, inside a closed shadow root.
 * The page cannot read inside it (brand rules, drafts and settings stay in the extension's origin), and
 * it cannot style it. Its URL uses the session-random dynamic id (use_dynamic_url), so pages cannot
 * probe for it.
 *
 * The frame is bound to its session through the background, never through the page: its address
 * carries a random token that the page cannot read, the content script names that token when it opens
 * the session, and the background hands the session to the panel whose own address (the port's sender
 * URL, set by the browser) carries it. There is no message between the page's window and the panel, so
 * nothing a page script posts can bind, steer or read it.
 *
 * A frame can be made ahead of time, hidden, when the manager heads for a reply box: loading the panel
 * page was most of the wait after a click (npm run bench). `show` then brings it beside the composer.
 */
export class PanelFrame {
  readonly host: HTMLElement;
  readonly token = randomToken();
  private readonly frame: HTMLIFrameElement;
  private readonly cleanup = new AbortController();
  private anchor: (() => Rect) | undefined;
  private scheduled = false;
  sessionId = '';

  constructor(private readonly doc: Document = document) {
    this.host = doc.createElement('span');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.frame = doc.createElement('iframe');
    this.frame.src = `${browser.runtime.getURL('/panel.html')}?theme=${pageTheme(doc)}&w=${this.token}`;
    this.frame.title = t('page.panelTitle');
    // Copy from the panel (Chrome asks for it; Firefox allows it to a frame anyway, and warns of the name).
    if (!import.meta.env.FIREFOX) this.frame.allow = 'clipboard-write';
    this.frame.tabIndex = -1;
    this.frame.style.cssText =
      'position:fixed;z-index:2147483646;border:0;border-radius:12px;color-scheme:normal;' +
      'box-shadow:0 8px 28px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.12);background:transparent;' +
      HIDDEN;
    this.frame.setAttribute('aria-hidden', 'true');
    // A frame focused before its page has loaded loses the focus when it loads: give it again then.
    this.frame.addEventListener('load', () => {
      if (this.anchor) this.frame.focus();
    });
    shadow.append(this.frame);
    mark(this.host, 'panel');
    doc.documentElement.append(this.host);
  }

  /**
   * Shows the frame beside the composer and gives it the focus: keyboard first. It moves when the page
   * scrolls or resizes, and when `follow` changes size (a composer grows its Comment button once it
   * holds text: the panel stays clear of it).
   */
  show(sessionId: string, anchor: () => Rect, follow: Element[] = []): void {
    this.sessionId = sessionId;
    this.anchor = anchor;
    this.frame.removeAttribute('aria-hidden');
    this.frame.tabIndex = 0;
    this.frame.style.cssText += SHOWN;
    this.place();
    this.takeFocus();
    const signal = this.cleanup.signal;
    const onMove = (): void => this.schedule();
    window.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
    window.addEventListener('resize', onMove, { passive: true, signal });
    if (follow.length && typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(onMove);
      follow.forEach((el) => observer.observe(el));
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
  }

  focus(): void {
    this.frame.focus();
  }

  /**
   * Moves the focus into the panel. A frame just made visible sometimes does not take it at once (seen
   * in Chromium when the panel opens from the keyboard): while the focus stays where it was, without the
   * manager moving it, it is given again on the next frames, for half a second at most.
   */
  private takeFocus(): void {
    const before = this.doc.activeElement;
    this.frame.focus();
    const until = performance.now() + 500;
    const retry = (): void => {
      // In the panel (the page sees its host), or moved on by the manager: nothing more to do.
      if (this.cleanup.signal.aborted || before === this.host || this.doc.activeElement !== before) return;
      this.frame.focus();
      if (performance.now() < until) requestAnimationFrame(retry);
    };
    requestAnimationFrame(retry);
  }

  /** The page removed our frame: put it back (it reloads, and the background hands it its session again). */
  restore(): void {
    if (this.host.isConnected || this.cleanup.signal.aborted) return;
    this.doc.documentElement.append(this.host);
    this.place();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.place();
    });
  }

  private place(): void {
    if (!this.anchor) return;
    const rect = placePanel(this.anchor(), { width: window.innerWidth, height: window.innerHeight });
    Object.assign(this.frame.style, {
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
  }

  close(): void {
    this.cleanup.abort();
    this.host.remove();
  }
}
