import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectContentScript } from '@/entrypoints/background/install';

describe('reinjectContentScript', () => {
  it('puts the content script into every open LinkedIn and X tab, skipping discarded ones', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 1, url: 'https://x.com/home', discarded: false },
      { id: 2, url: 'https://www.linkedin.com/feed/', discarded: false },
      { id: 3, url: 'https://x.com/old', discarded: true },
    ] as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      content_scripts: [{ matches: ['https://x.com/*'], js: ['content-scripts/renamed.js'] }],
    } as never);
    const executeScript = vi.fn().mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
    expect(await reinjectContentScript()).toBe(2);
    expect(query).toHaveBeenCalledWith({
      url: ['https://www.linkedin.com/*', 'https://x.com/*', 'https://twitter.com/*'],
    });
    // The files are the manifest's own (whatever the build named them): what the browser injects on a
    // fresh page load.
    expect(executeScript.mock.calls.map((c) => c[0])).toEqual([
      { target: { tabId: 1 }, files: ['/content-scripts/renamed.js'] },
      { target: { tabId: 2 }, files: ['/content-scripts/renamed.js'] },
    ]);
  });

  it('does not fail when a tab refuses (a crashed or special page)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url: 'https://x.com/home' }] as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [] } as never);
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: vi.fn().mockRejectedValue(new Error('no')),
    };
    await expect(reinjectContentScript()).resolves.toBe(1);
  });
});
