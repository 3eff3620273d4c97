import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpCommands, SUGGEST_MENU, suggestIn } from '@/entrypoints/background/commands';
import { isGranted } from '@/entrypoints/background/grants';

/** The generic mode's way in: the context menu and the command, on a site with no adapter. */
function stubs(answers: unknown[]) {
  const executeScript = vi.fn(() => Promise.resolve([]));
  (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
  const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(() => {
    const next = answers.shift();
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  Object.assign(fakeBrowser.contextMenus, { onClicked: { addListener: vi.fn() } });
  return { executeScript, sendMessage };
}

const tab = { id: 5, url: 'https://www.facebook.com/acmecafe/posts/1', index: 0 } as never;

describe('“Suggest a reply here”', () => {
  it('injects the generic mode into the frame the manager is in, once, then asks it to open', async () => {
    const { executeScript, sendMessage } = stubs([
      new Error('Could not establish connection. Receiving end does not exist.'),
      { ok: true, value: { opened: true } },
    ]);
    expect(await suggestIn(tab, 3, 'https://comments.example/thread')).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId: 5, frameIds: [3] },
      files: ['/content-scripts/generic.js'],
    });
    expect(sendMessage.mock.calls.map((c) => c[2])).toEqual([{ frameId: 3 }, { frameId: 3 }]);
    // Messages from that frame are heard now, and only while it shows that origin.
    expect(isGranted(5, 3, 'https://comments.example/thread?page=2')).toBe(true);
    expect(isGranted(5, 3, 'https://elsewhere.example/')).toBe(false);
    expect(isGranted(5, 0, 'https://www.facebook.com/acmecafe/posts/1')).toBe(false);
  });

  it('does not inject again where the generic mode already runs', async () => {
    const { executeScript } = stubs([{ ok: true, value: { opened: true } }]);
    expect(await suggestIn(tab)).toBe(true);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says in the toolbar when there is no box to suggest for, or the page cannot be reached', async () => {
    stubs([{ ok: true, value: { opened: false } }]);
    expect(await suggestIn(tab)).toBe(false);
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toContain('Click in a reply box first');
    const { executeScript } = stubs([new Error('no receiver')]);
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await suggestIn(tab)).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('!');
  });

  it('the context menu entry goes the same way, with the clicked frame', async () => {
    const { executeScript } = stubs([new Error('no receiver'), { ok: true, value: { opened: true } }]);
    Object.assign(fakeBrowser, { commands: { onCommand: { addListener: vi.fn() } } });
    setUpCommands();
    const listener = (fakeBrowser.contextMenus.onClicked.addListener as ReturnType<typeof vi.fn>).mock
      .calls[0]![0] as (info: object, tab: object) => void;
    listener(
      { menuItemId: SUGGEST_MENU, frameId: 0, frameUrl: 'https://www.facebook.com/x', editable: true },
      tab,
    );
    await vi.waitFor(() =>
      expect(executeScript).toHaveBeenCalledWith(
        expect.objectContaining({ target: { tabId: 5, frameIds: [0] } }),
      ),
    );
  });
});
