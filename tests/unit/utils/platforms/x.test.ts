import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForEditor, adaptersForHost } from '@/utils/platforms';
import { x, X_SELECTORS } from '@/utils/platforms/x';
import { loadPage } from './load';

const editor = (): HTMLElement => document.querySelector<HTMLElement>(X_SELECTORS.editor)!;

describe('X adapter on a status page', () => {
  beforeEach(() => loadPage('x-status', 'https://x.com/samlee/status/102'));

  it('recognizes the inline reply composer', () => {
    expect(adapterForEditor(adaptersForHost('x.com'), editor())).toBe(x);
  });

  it('reads the thread: post, the reply being answered, account, draft and language', () => {
    const context = x.readContext(editor());
    expect(context).toMatchObject({
      platform: 'x',
      surface: 'x',
      url: 'https://x.com/samlee/status/102',
      replyingAs: '@acmecafe',
      post: {
        author: 'Acme Café (@acmecafe)',
        text: 'Our autumn menu is live! 🍂 Pumpkin spice everything.',
      },
      comment: { author: 'Sam Lee (@samlee)' },
      draft: 'Salut Sam,',
      language: 'fr',
    });
  });

  it('strips the hidden characters a comment carries', () => {
    expect(x.readContext(editor()).comment?.text).toBe('Le latte citrouille est-il sans lactose ?');
  });

  it('places the control among the composer tools, before the Reply button', () => {
    const anchor = x.controlAnchor(editor());
    expect(anchor.parent.matches('nav')).toBe(true);
    expect(anchor.parent.closest(X_SELECTORS.toolbar)).not.toBeNull();
  });

  it('does not treat the composer as a reply on the home timeline', () => {
    window.happyDOM?.setURL('https://x.com/home');
    expect(x.isReplyComposer(editor())).toBe(false);
  });

  it('recognizes the reply dialog, and not the new-post dialog', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const box = editor().closest('[data-testid="cellInnerDiv"]')!;
    dialog.append(box);
    document.body.append(dialog);
    window.happyDOM?.setURL('https://x.com/home');
    expect(x.isReplyComposer(editor())).toBe(false); // no post shown: a new post
    dialog.prepend(document.querySelector(X_SELECTORS.tweet)!);
    expect(x.isReplyComposer(editor())).toBe(true);
    expect(x.readContext(editor()).post?.author).toBe('Acme Café (@acmecafe)');
  });

  it('bounds very long texts', () => {
    document.querySelector(X_SELECTORS.tweetText)!.textContent = 'long '.repeat(2000);
    expect(Array.from(x.readContext(editor()).post!.text).length).toBeLessThanOrEqual(3000);
  });
});
