import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { mountClassicCompany } from '../../../fixtures/src/linkedin/classic-pages';
import { mountCompany2026 } from '../../../fixtures/src/linkedin/surface-2026-pages';
import { PAGE_URLS, VOICE_POSTS } from '../../../fixtures/src/thread/data';
import { Profile } from '../../../fixtures/src/x/thread';
import { ADAPTERS } from '@/utils/platforms';
import { readVoicePosts, voiceFromReplies } from '@/utils/platforms/voice-posts';
import { VOICE_BOUND, VoiceReadSchema } from '@/utils/voice/schema';

/*
 * The brand's posts, read from the fixture pages' own DOM (the same builders the end-to-end tests serve):
 * the LinkedIn company page on both surfaces, and the X profile.
 */

// React's act() in a test environment (the X profile is a React fixture).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const at = (url: string): void => window.happyDOM?.setURL(url);

afterEach(() => {
  document.body.innerHTML = '';
});

const expected = (platform: 'x' | 'linkedin') =>
  VOICE_POSTS[platform].map((p) => ({ id: p.id, text: p.text, url: p.permalink, time: p.time, lang: 'en' }));

describe('readVoicePosts', () => {
  it('reads the 10 posts of the LinkedIn company page (classic): text, address and date, in page order', () => {
    at(PAGE_URLS.linkedinCompany);
    const main = document.createElement('main');
    document.body.append(main);
    mountClassicCompany(main);
    const read = readVoicePosts(document, ADAPTERS);
    expect(read).toMatchObject({
      platform: 'linkedin',
      surface: 'linkedin-classic',
      account: 'Acme Robotics',
    });
    expect(read!.posts).toEqual(expected('linkedin'));
    expect(read!.truncated).toBe(false);
    expect(VoiceReadSchema.safeParse(read).success).toBe(true);
  });

  it('reads the 10 posts of the LinkedIn company page (2026 surface)', () => {
    at(PAGE_URLS.linkedinCompany2026);
    const shell = document.createElement('main');
    document.body.append(shell);
    mountCompany2026(shell);
    const read = readVoicePosts(document, ADAPTERS);
    expect(read).toMatchObject({ platform: 'linkedin', surface: 'linkedin-2026', account: 'Acme Robotics' });
    expect(read!.posts).toEqual(expected('linkedin'));
  });

  it('reads the 10 posts of the X profile, with their status addresses', async () => {
    at(PAGE_URLS.xProfile);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => root.render(<Profile onReply={() => undefined} />));
    const read = readVoicePosts(document, ADAPTERS);
    expect(read).toMatchObject({ platform: 'x', surface: 'x', account: '@acmecafe' });
    expect(read!.posts).toEqual(expected('x'));
    await act(async () => root.unmount());
  });

  it('leaves out posts by anyone else, cleans hidden characters, and stops at the bound', () => {
    at(PAGE_URLS.linkedinCompany);
    const main = document.createElement('main');
    document.body.append(main);
    mountClassicCompany(main);
    const posts = main.querySelectorAll('.feed-shared-update-v2');
    // A post the page was tagged in, by someone else.
    const other = posts[0]!.cloneNode(true) as HTMLElement;
    other.setAttribute('data-urn', 'urn:li:activity:9999');
    other
      .querySelector('.update-components-actor__meta-link')!
      .setAttribute('href', 'https://www.linkedin.com/in/mallory/');
    main.append(other);
    // Hidden instructions in a post of the brand's.
    posts[1]!.querySelector('.update-components-text')!.textContent = 'Visible\u200b text\u{E0041}\u202e.';
    const read = readVoicePosts(document, ADAPTERS)!;
    expect(read.posts.map((p) => p.id)).not.toContain('9999');
    expect(read.posts[1]!.text).toBe('Visible text.');

    for (let i = 0; i < VOICE_BOUND + 5; i++) {
      const copy = posts[0]!.cloneNode(true) as HTMLElement;
      copy.setAttribute('data-urn', `urn:li:activity:${8000 + i}`);
      main.append(copy);
    }
    const many = readVoicePosts(document, ADAPTERS)!;
    expect(many.posts).toHaveLength(VOICE_BOUND);
    expect(many.truncated).toBe(true);
  });

  it('reads nothing on a page that is not a brand page (a post page, the feed, X home)', () => {
    at(PAGE_URLS.linkedinCompany);
    const main = document.createElement('main');
    document.body.append(main);
    mountClassicCompany(main);
    at('https://www.linkedin.com/feed/');
    expect(readVoicePosts(document, ADAPTERS)).toBeNull();
    at('https://x.com/home');
    expect(readVoicePosts(document, ADAPTERS)).toBeNull();
  });
});

describe('the brand’s own replies on a post’s page', () => {
  const item = (id: string, byBrand: boolean, text: string) => ({
    id,
    author: byBrand ? 'Acme Café' : 'Jane Roe',
    text,
    byBrand,
    index: Number(id),
    time: '2026-11-20T10:00:00.000Z',
  });
  it('reads only what the brand wrote, each once, with the post’s address; nothing when it wrote nothing', () => {
    const thread = {
      platform: 'x' as const,
      surface: 'x' as const,
      url: 'https://x.com/acmecafe/status/1',
      postId: '1',
      replyingAs: '@acmecafe',
      truncated: false,
      items: [
        item('2', false, 'Where is my order?'),
        item('3', true, 'So sorry, Jane! It ships today.'),
        item('3', true, 'So sorry, Jane! It ships today.'),
        item('4', true, 'Thanks for the kind words ☕'),
      ],
    };
    const read = voiceFromReplies(thread)!;
    expect(read).toMatchObject({ account: '@acmecafe', replies: true, truncated: false });
    expect(read.posts).toEqual([
      { id: '3', text: 'So sorry, Jane! It ships today.', url: thread.url, time: '2026-11-20T10:00:00.000Z' },
      { id: '4', text: 'Thanks for the kind words ☕', url: thread.url, time: '2026-11-20T10:00:00.000Z' },
    ]);
    expect(voiceFromReplies({ ...thread, items: [item('2', false, 'Hello')] })).toBeNull();
    expect(voiceFromReplies(null)).toBeNull();
  });
});
