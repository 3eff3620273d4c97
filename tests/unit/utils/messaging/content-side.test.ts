import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender } from '@/entrypoints/background/senders';
import {
  callPageCatalog,
  openPanelSession,
  reportComposerFocus,
  reportPageStatus,
  sendFromContent,
} from '@/utils/messaging/content-side';
import { backgroundProtocol } from '@/utils/messaging/protocol';
import { answerMessages, type Handlers } from '@/utils/messaging/rpc';

const EXT = fakeBrowser.runtime.id;
const CONTENT = { id: EXT, url: 'https://x.com/a/status/1', frameId: 0, tab: { id: 7 } };
const context = { platform: 'x', surface: 'x', url: 'https://x.com/a/status/1', draft: '' } as const;

describe('the content script’s side of the protocol', () => {
  it('sends only messages the background accepts from a content script, each valid', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://${EXT}${path}`,
    );
    const handlers = Object.fromEntries(
      Object.keys(backgroundProtocol).map((type) => [
        type,
        vi.fn(() => ({ sessionId: 'session-1234', catalog: {} })),
      ]),
    ) as unknown as Handlers<typeof backgroundProtocol>;
    const answer = answerMessages(backgroundProtocol, handlers, classifySender);
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return answer(message, CONTENT as never);
    });

    // Every send the content script makes, through its own functions.
    await openPanelSession(context, '0123456789abcdef0123456789abcdef');
    await reportComposerFocus();
    await reportPageStatus({ recognised: 2, unrecognised: false });
    await callPageCatalog();
    await sendFromContent('panel.close', { sessionId: 'session-1234' });
    const thread = {
      platform: 'x' as const,
      surface: 'x' as const,
      url: 'https://x.com/a/status/1',
      postId: '1',
      items: [{ id: '2', author: 'Jane', handle: 'jane', text: 'Hi?', byBrand: false }],
      truncated: false,
    };
    await sendFromContent('thread.review', thread);
    await sendFromContent('thread.update', thread);

    const types = sent.map((m) => (m as { type: string }).type);
    expect(types).toEqual([
      'panel.open',
      'composer.focused',
      'page.status',
      'i18n.page',
      'panel.close',
      'thread.review',
      'thread.update',
    ]);
    for (const type of types) {
      expect(backgroundProtocol[type as keyof typeof backgroundProtocol].from).toContain('content');
      expect(handlers[type as keyof typeof handlers]).toHaveBeenCalled(); // accepted, not refused
    }
    // And every message the protocol lets a content script send is one it sends.
    const allowed = Object.entries(backgroundProtocol)
      .filter(([, def]) => (def.from as readonly string[]).includes('content'))
      .map(([type]) => type);
    expect(new Set(types)).toEqual(new Set(allowed));
  });

  it('turns a refusal into a UserFacingError the control can show', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'invalid-message', title: 'Refused', detail: 'no' },
    } as never);
    await expect(reportComposerFocus()).rejects.toMatchObject({ userError: { code: 'invalid-message' } });
  });
});
