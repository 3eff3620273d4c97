import { describe, expect, it } from 'vitest';
import { postIdOf, threadKey } from '@/utils/queue/key';
import { overCap } from '@/entrypoints/background/spend';

describe('the post a page is about', () => {
  it.each([
    ['https://x.com/acmecafe/status/200', { platform: 'x', postId: '200' }],
    ['https://twitter.com/acmecafe/status/200/photo/1', { platform: 'x', postId: '200' }],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7100/', { platform: 'linkedin', postId: '7100' }],
    [
      'https://www.linkedin.com/feed/update/urn:li:activity:7100/?surface=2026',
      { platform: 'linkedin', postId: '7100' },
    ],
    [
      'https://www.linkedin.com/posts/acme_launch-activity-7254-AbCd/',
      { platform: 'linkedin', postId: '7254' },
    ],
  ])('%s', (url, want) => expect(postIdOf(url)).toEqual(want));

  it.each([
    'https://x.com/home',
    'https://x.com/acmecafe',
    'https://www.linkedin.com/feed/',
    'https://example.com/status/1',
    'nonsense',
  ])('no post on %s', (url) => expect(postIdOf(url)).toBeNull());

  it('keys a queue by platform and post', () => expect(threadKey('x', '200')).toBe('x:200'));
});

describe('the daily spend cap', () => {
  it('refuses a run whose estimate would go over it, and any request once the day reached it', () => {
    expect(overCap(0.4, 0.2, 0.5)).toBe(true);
    expect(overCap(0.2, 0.2, 0.5)).toBe(false);
    expect(overCap(0.5, undefined, 0.5)).toBe(true);
    expect(overCap(0.49, undefined, 0.5)).toBe(false);
    expect(overCap(0, undefined, 0)).toBe(true);
    expect(overCap(100, 50, undefined)).toBe(false);
  });
});
