import { describe, expect, it } from 'vitest';
import { readGenericContext } from '@/utils/generic/reader';
import { siteFacts } from '@/utils/thread/sites';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document.querySelector<HTMLElement>('[contenteditable="true"], textarea')!;
}

describe('the generic reader', () => {
  it('answers the nearest comment above the box, with its author, not the others', () => {
    const editor = page(`
      <article><a href="/u/ann">Ann</a><p>The first post, about our opening hours on Sundays.</p></article>
      <ul>
        <li><a href="/u/bob">Bob</a> <a href="#c1">2h</a><p>Do you deliver to Lyon on weekends, please?</p></li>
        <li><a href="/u/cat">Cat</a><p>Loved the new menu, well done everyone here.</p>
          <form><div contenteditable="true" role="textbox"></div><button>Reply</button></form></li>
        <li><a href="/u/dan">Dan</a><p>A later comment that must not be picked at all.</p></li>
      </ul>`);
    const context = readGenericContext(editor);
    expect(context.comment).toEqual({ author: 'Cat', text: 'Loved the new menu, well done everyone here.' });
    expect(context.post).toEqual({
      author: 'Ann',
      text: 'The first post, about our opening hours on Sundays.',
    });
    expect(context).toMatchObject({
      platform: 'web',
      surface: 'generic',
      answeredFrom: 'nearest',
      draft: '',
    });
  });

  it('reads a box opened inside a comment (below its text) as answering that comment', () => {
    const editor = page(`
      <div class="thread"><div class="comment"><a href="/@mia">@Mia</a><span>What milk temperature do you steam to for art?</span>
        <div class="reply"><div contenteditable="true"></div><button>Reply</button></div></div></div>`);
    expect(readGenericContext(editor).comment?.text).toBe('What milk temperature do you steam to for art?');
  });

  it('takes the manager’s selection first, and keeps the box’s own text as the draft', () => {
    const editor = page(`
      <article><a href="/u/eve">Eve</a><p>Selected words from an earlier comment, please answer these.</p></article>
      <article><a href="/u/fay">Fay</a><p>The comment just above the box, which is not the one.</p></article>
      <textarea>Hi Eve,</textarea>`);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article p')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const context = readGenericContext(editor);
    expect(context.comment).toEqual({
      author: 'Eve',
      text: 'Selected words from an earlier comment, please answer these.',
    });
    expect(context.answeredFrom).toBe('selection');
    expect(context.draft).toBe('Hi Eve,');
    document.getSelection()!.removeAllRanges();
  });

  it('cleans and bounds what it reads: no invisible characters, no markup runs', () => {
    const editor =
      page(`<article><a href="/u/gus">Gus</a><p>Nice\u200b post\u202e &lt;img src=x onerror=alert(1)&gt; ${'a'.repeat(3000)}</p></article>
      <div contenteditable="true"></div>`);
    const text = readGenericContext(editor).comment!.text;
    expect(text).not.toMatch(/[\u200b\u202e]/);
    expect(text.startsWith('Nice post <img src=x onerror=alert(1)>')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(1500);
  });

  it('names well-known sites and their stated limits, and no limit where none is stated', () => {
    expect(siteFacts('www.facebook.com')).toEqual({ host: 'facebook.com', name: 'Facebook', limit: 8000 });
    expect(siteFacts('old.reddit.com')).toMatchObject({ name: 'Reddit', limit: 10_000 });
    expect(siteFacts('bsky.app')).toMatchObject({ name: 'Bluesky', limit: 300 });
    expect(siteFacts('forum.example.org')).toEqual({ host: 'forum.example.org', name: 'forum.example.org' });
  });
});
