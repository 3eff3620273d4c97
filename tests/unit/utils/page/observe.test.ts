import { describe, expect, it, vi } from 'vitest';
import { observeElements } from '@/utils/page/observe';

const SELECTOR = '[contenteditable="true"].editor';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  document.body.innerHTML = '<main><div class="editor" contenteditable="true" id="first"></div></main>';
  const seen: Element[] = [];
  const controller = new AbortController();
  const onRemoval = vi.fn();
  return {
    seen,
    controller,
    onRemoval,
    start: () =>
      observeElements(document, SELECTOR, {
        onMatch: (el) => seen.push(el),
        onRemoval,
        signal: controller.signal,
      }),
  };
}

describe('observeElements', () => {
  it('reports elements present at start and added later, including deep inside added subtrees', async () => {
    const { seen, start } = setup();
    start();
    const post = document.createElement('article');
    post.innerHTML =
      '<div><section><div class="editor" contenteditable="true" id="deep"></div></section></div>';
    document.querySelector('main')!.append(post);
    const direct = Object.assign(document.createElement('div'), { className: 'editor', id: 'direct' });
    direct.setAttribute('contenteditable', 'true');
    document.body.append(direct);
    await flush();
    expect(seen.map((el) => el.id)).toEqual(['first', 'deep', 'direct']);
  });

  it('searches only what a mutation added, not the whole document', async () => {
    const { start } = setup();
    start();
    const whole = vi.spyOn(document, 'querySelectorAll');
    for (let i = 0; i < 50; i++) {
      const post = document.createElement('article');
      post.innerHTML = '<p>feed item</p>';
      document.querySelector('main')!.append(post);
      await flush();
    }
    expect(whole).not.toHaveBeenCalled();
  });

  it('handles a huge batch with a query of the whole page instead of one per added node', async () => {
    const { seen, start } = setup();
    start();
    const whole = vi.spyOn(document, 'querySelectorAll');
    const perNode = vi.spyOn(Element.prototype, 'querySelectorAll');
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 1000; i++) {
      const post = document.createElement('article');
      post.append(document.createElement('p'));
      frag.append(post);
    }
    const box = Object.assign(document.createElement('div'), { className: 'editor', id: 'in-batch' });
    box.setAttribute('contenteditable', 'true');
    frag.append(box);
    document.querySelector('main')!.append(frag);
    await flush();
    expect(perNode).not.toHaveBeenCalled();
    // happy-dom may deliver one append in a few callbacks; Chromium delivers one.
    expect(whole.mock.calls.length).toBeGreaterThanOrEqual(1);
    expect(whole.mock.calls.length).toBeLessThanOrEqual(3);
    expect(seen.map((el) => el.id)).toContain('in-batch');
  });

  it('tells the caller when nodes are removed', async () => {
    const { onRemoval, start } = setup();
    start();
    document.getElementById('first')!.remove();
    await flush();
    expect(onRemoval).toHaveBeenCalledTimes(1);
  });

  it('stops observing when its signal aborts', async () => {
    const { seen, controller, start } = setup();
    start();
    controller.abort();
    const late = Object.assign(document.createElement('div'), { className: 'editor' });
    late.setAttribute('contenteditable', 'true');
    document.body.append(late);
    await flush();
    expect(seen).toHaveLength(1);
  });
});
