import type { Platform, Surface, ThreadContext } from '@/utils/thread/context';

/** Where the "Suggest reply" control goes: inserted into `parent` before `before` (null = at the end). */
export interface ControlAnchor {
  parent: Element;
  before: Node | null;
}

/**
 * One platform surface. Every selector for the surface lives in its adapter file, dated, and nowhere else.
 * Adapters take elements as parameters (never the global document), so unit tests can hand them fixtures.
 */
export interface PlatformAdapter {
  readonly surface: Surface;
  readonly platform: Platform;
  /** Hostnames where this surface is served. */
  readonly hosts: readonly string[];
  /** Matches candidate editors. Run only against subtrees the page adds, so it must be a plain selector. */
  readonly editorSelector: string;
  /** Whether a candidate editor is a reply or comment box (and not, say, a new-post box). */
  isReplyComposer(editor: HTMLElement): boolean;
  /** Where the control goes, right beside the composer. */
  controlAnchor(editor: HTMLElement): ControlAnchor;
  /**
   * The whole composer as the manager sees it: the editor with its own controls (submit button, emoji
   * and attachment buttons, toolbar). The panel is placed outside it, so all of them stay reachable.
   */
  composerArea(editor: HTMLElement): Element;
  /** Reads the thread around the composer: post, comment being answered, draft, account, language. */
  readContext(editor: HTMLElement): ThreadContext;
  /** Every selector the adapter relies on, by name: the health report says which match nothing on a page. */
  readonly selectors: Readonly<Record<string, string | readonly string[]>>;
}
