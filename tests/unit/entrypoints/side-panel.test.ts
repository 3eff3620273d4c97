import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUpSidePanel } from '@/entrypoints/background/side-panel';

describe('the side panel’s way in', () => {
  it('on Firefox, the toolbar button opens and closes the sidebar (Chrome’s opens its side panel)', async () => {
    const sidebarAction = { toggle: vi.fn(() => Promise.resolve()), open: vi.fn(() => Promise.resolve()) };
    Object.assign(fakeBrowser, { sidebarAction, sidePanel: undefined });
    Object.assign(fakeBrowser.contextMenus, {
      onClicked: { addListener: vi.fn() },
      update: vi.fn(() => Promise.resolve()),
    });
    setUpSidePanel();
    await fakeBrowser.action.onClicked.trigger({ id: 1, index: 0 } as never);
    expect(sidebarAction.toggle).toHaveBeenCalledOnce();
  });

  it('on Chrome, the side panel opens on the toolbar button by the browser itself', () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior, open: vi.fn() }, sidebarAction: undefined });
    Object.assign(fakeBrowser.contextMenus, {
      onClicked: { addListener: vi.fn() },
      update: vi.fn(() => Promise.resolve()),
    });
    setUpSidePanel();
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });
});
