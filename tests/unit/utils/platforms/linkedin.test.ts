import { beforeEach, describe, expect, it } from 'vitest';
import { adapterForEditor, adaptersForHost } from '@/utils/platforms';
import { linkedin2026, LINKEDIN_2026_SELECTORS } from '@/utils/platforms/linkedin-2026';
import { linkedinClassic, LINKEDIN_CLASSIC_SELECTORS } from '@/utils/platforms/linkedin-classic';
import { loadPage } from './load';

describe('LinkedIn classic adapter', () => {
  beforeEach(() => loadPage('linkedin-classic', 'https://www.linkedin.com/feed/'));
  const editor = (): HTMLElement => document.querySelector<HTMLElement>(LINKEDIN_CLASSIC_SELECTORS.editor)!;

  it('recognizes the Quill comment box as its own', () => {
    expect(adapterForEditor(adaptersForHost('www.linkedin.com'), editor())).toBe(linkedinClassic);
  });

  it('reads a reply to a comment: the post, the comment, its language, the mention in the box, the page', () => {
    expect(linkedinClassic.readContext(editor())).toEqual({
      platform: 'linkedin',
      surface: 'linkedin-classic',
      commentId: '9001',
      commenter: '/in/marie-dupont/',
      url: 'https://www.linkedin.com/feed/',
      replyingAs: 'Acme Robotics',
      post: { author: 'Acme Robotics', text: 'We just opened our new plant in Lyon.\n\n120 new jobs ⚡' },
      comment: {
        author: 'Marie Dupont',
        text: 'Félicitations ! Est-ce que vous recrutez des ingénieurs en alternance ?',
      },
      draft: 'Marie Dupont',
      language: 'fr',
    });
  });

  it('does not take a comment’s text for the post’s', () => {
    const post = document.querySelector('.feed-shared-update-v2__description')!;
    post.remove();
    expect(linkedinClassic.readContext(editor()).post?.text).toBe('');
  });

  it('ignores Quill editors outside comment boxes (the share box)', () => {
    const share = document.createElement('div');
    share.innerHTML = '<div class="ql-editor" contenteditable="true"></div>';
    document.body.append(share);
    expect(adapterForEditor(adaptersForHost('www.linkedin.com'), share.firstElementChild!)).toBeUndefined();
  });

  it('places the control right after the editor, inside the form', () => {
    const { parent, before } = linkedinClassic.controlAnchor(editor());
    const marker = parent.insertBefore(document.createElement('span'), before);
    expect(parent.matches(LINKEDIN_CLASSIC_SELECTORS.form)).toBe(true);
    expect(marker.previousElementSibling?.matches(LINKEDIN_CLASSIC_SELECTORS.textEditor)).toBe(true);
    expect(marker.nextElementSibling?.matches('.comments-comment-box__submit-button')).toBe(true);
  });
});

describe('LinkedIn 2026 adapter', () => {
  beforeEach(() => loadPage('linkedin-2026', 'https://www.linkedin.com/feed/'));
  const editors = (): HTMLElement[] =>
    Array.from(document.querySelectorAll<HTMLElement>(LINKEDIN_2026_SELECTORS.editor));

  it('recognizes both TipTap boxes by their stable attributes, not their hashed classes', () => {
    for (const editor of editors())
      expect(adapterForEditor(adaptersForHost('www.linkedin.com'), editor)).toBe(linkedin2026);
  });

  it('reads a reply to a comment', () => {
    expect(linkedin2026.readContext(editors()[0]!)).toEqual({
      platform: 'linkedin',
      surface: 'linkedin-2026',
      commentId: '9101',
      commenter: '/in/jonas-weber/',
      url: 'https://www.linkedin.com/feed/',
      replyingAs: 'Acme Robotics',
      post: { author: 'Acme Robotics', text: 'Wir haben heute unser neues Werk eröffnet.' },
      comment: { author: 'Jonas Weber', text: 'Glückwunsch! Wie viele Stellen sind noch offen?' },
      draft: 'Jonas Weber Danke!',
      language: undefined,
    });
  });

  it('reads a comment on the post, with the language the post states', () => {
    const context = linkedin2026.readContext(editors()[1]!);
    expect(context.comment).toBeUndefined();
    expect(context.post?.text).toBe('Wir haben heute unser neues Werk eröffnet.');
    expect(context.language).toBe('de');
    expect(context.draft).toBe('');
  });

  it('survives a new build’s class names', () => {
    for (const el of document.querySelectorAll('[class]')) {
      if (!el.classList.contains('ProseMirror')) el.className = `_${Math.random().toString(36).slice(2, 8)}`;
    }
    expect(linkedin2026.readContext(editors()[0]!).comment?.author).toBe('Jonas Weber');
  });
});
