import { saveSelection } from '@/utils/editor/caret';
import { adapterForEditor, type PlatformAdapter } from '@/utils/platforms';
import { controlWords, createControl, type Control } from './control';
import { mark } from './instance';
import type { Rect } from './placement';

export interface Composer {
  editor: HTMLElement;
  adapter: PlatformAdapter;
  /** The "Suggest reply" control; none for a box reached in the generic mode. */
  control?: Control;
}

/** A box reached in the generic mode (the keyboard command, the context menu): no control of its own. */
export const genericComposer = (editor: HTMLElement, adapter: PlatformAdapter): Composer => ({
  editor,
  adapter,
});

export interface Snapshot {
  composer: Composer;
  savedRange: Range | null;
  /** The comment the box answers, when the comment queue knows it and the page does not say. */
  commentId?: string;
}

/**
 * The reply composers on the page, each with exactly one control. Editors are keyed by element: a
 * re-rendered editor is a new element and gets a new control, while the old one is removed with it.
 */
export class ComposerRegistry {
  private readonly composers = new Map<HTMLElement, Composer>();

  constructor(
    private readonly adapters: readonly PlatformAdapter[],
    private readonly on: {
      /** The manager asked for suggestions for this composer. */
      suggest: (snapshot: Snapshot) => void;
      /** The manager is about to ask (pointer over a control, or focus on it). */
      intent: () => void;
      /** A new reply composer came into the page. */
      appeared?: (composer: Composer) => void;
    },
  ) {}

  get size(): number {
    return this.composers.size;
  }

  /** Called for every candidate element the observer or a focus event reports. */
  consider(element: Element): void {
    const existing = this.composers.get(element as HTMLElement);
    if (existing) {
      if (!existing.control?.host.isConnected) this.mount(existing);
      return;
    }
    const adapter = adapterForEditor(this.adapters, element);
    if (!adapter) return;
    const editor = element as HTMLElement;
    const control = createControl(editor.ownerDocument, {
      activate: () => this.on.suggest({ composer, savedRange: saveSelection(editor) }),
      intent: this.on.intent,
    });
    const composer: Composer = { editor, adapter, control };
    mark(control.host, 'control');
    this.composers.set(editor, composer);
    this.mount(composer);
    this.on.appeared?.(composer);
  }

  /** After nodes were removed: forget composers that left the page, and put back controls a re-render dropped. */
  sweep(): void {
    for (const [editor, composer] of this.composers) {
      if (!editor.isConnected) {
        composer.control?.host.remove();
        this.composers.delete(editor);
      } else if (!composer.control?.host.isConnected) {
        this.mount(composer);
      }
    }
  }

  /** Opens suggestions for a composer, as its control would (the keyboard shortcut does this). */
  suggest(composer: Composer): void {
    this.on.suggest({ composer, savedRange: saveSelection(composer.editor) });
  }

  /** The composer holding `node`, if any (the manager focused or typed in it). */
  find(node: Node | null): Composer | undefined {
    for (const composer of this.composers.values()) {
      if (node && composer.editor.contains(node)) return composer;
    }
    return undefined;
  }

  /** The extension was updated and this run can no longer reach it: every control says so. */
  markOrphaned(): void {
    for (const composer of this.composers.values())
      composer.control?.setProblem(controlWords().updated, true);
  }

  /** The interface's language arrived or changed: every control says its words again. */
  relabel(): void {
    for (const composer of this.composers.values()) composer.control?.relabel();
  }

  destroy(): void {
    for (const composer of this.composers.values()) composer.control?.host.remove();
    this.composers.clear();
  }

  /**
   * Controls go into the page in one batch per frame, just before it is drawn: a control put in while
   * the page's own script runs would make that script's next layout read pay for it (npm run bench:
   * LinkedIn lays out each comment box as it opens). The control is still there in the composer's first
   * drawn frame.
   */
  private mount(composer: Composer): void {
    if (!composer.control) return;
    this.pending.add(composer);
    if (this.pending.size === 1) requestAnimationFrame(() => this.flush());
  }

  private readonly pending = new Set<Composer>();

  private flush(): void {
    const batch = [...this.pending];
    this.pending.clear();
    for (const composer of batch) {
      if (!composer.control || composer.control.host.isConnected || !this.composers.has(composer.editor))
        continue;
      const { parent, before } = composer.adapter.controlAnchor(composer.editor);
      if (parent.isConnected)
        parent.insertBefore(composer.control.host, before?.parentNode === parent ? before : null);
    }
  }
}

/** The composer's box on screen: the editor with its own controls, and ours. */
export function composerRect(composer: Composer): Rect {
  const areaBox = composer.adapter.composerArea(composer.editor).getBoundingClientRect();
  const editorBox = composer.editor.getBoundingClientRect();
  const controlBox = composer.control?.host.getBoundingClientRect() ?? editorBox;
  const boxes = [areaBox, editorBox, controlBox].filter((r) => r.width > 0 || r.height > 0);
  if (boxes.length === 0) return { left: editorBox.left, top: editorBox.top, width: 0, height: 0 };
  const left = Math.min(...boxes.map((r) => r.left));
  const top = Math.min(...boxes.map((r) => r.top));
  const right = Math.max(...boxes.map((r) => r.right));
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  return { left, top, width: right - left, height: bottom - top };
}
