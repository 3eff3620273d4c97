import { browser } from 'wxt/browser';
import { mark } from './instance';
import { pageTheme } from './theme';
import { placePanel, type Rect } from './placement';

/**
 * The suggestion panel: an extension page in an iframe beside the composer. The page cannot read
 * inside it (brand rules, drafts and settings stay in the extension's origin), and it cannot style it.
 * Its URL uses the session-random dynamic id (use_dynamic_url), so pages cannot probe for it.
 */
export class PanelFrame {
  readonly host: HTMLElement;
  private readonly frame: HTMLIFrameElement;
  private readonly cleanup = new AbortController();
  private scheduled = false;

  constructor(
    readonly sessionId: string,
    private readonly anchor: () => Rect,
  ) {
    const doc = document;
    this.host = doc.createElement('span');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    this.frame = doc.createElement('iframe');
    this.frame.src = `${browser.runtime.getURL('/panel.html')}?s=${encodeURIComponent(sessionId)}&theme=${pageTheme(doc)}`;
    this.frame.title = 'Reply suggestions';
    this.frame.allow = 'clipboard-write';
    this.frame.style.cssText =
      'position:fixed;z-index:2147483646;border:0;border-radius:12px;color-scheme:normal;' +
      'box-shadow:0 8px 28px rgba(0,0,0,.28),0 0 0 1px rgba(0,0,0,.12);background:transparent;';
    shadow.append(this.frame);
    mark(this.host);
    doc.documentElement.append(this.host);
    this.place();
    // Keyboard first: the panel takes focus, arrows pick a draft, Enter inserts it, Escape comes back.
    this.frame.addEventListener('load', () => this.frame.focus(), { once: true });
    const signal = this.cleanup.signal;
    const onMove = (): void => this.schedule();
    window.addEventListener('scroll', onMove, { capture: true, passive: true, signal });
    window.addEventListener('resize', onMove, { passive: true, signal });
  }

  focus(): void {
    this.frame.focus();
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
