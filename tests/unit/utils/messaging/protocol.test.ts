import { describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classifySender } from '@/entrypoints/background/senders';
import { answerMessages, type Handlers } from '@/utils/messaging/rpc';
import { backgroundProtocol } from '@/utils/messaging/protocol';

const EXT = fakeBrowser.runtime.id;
const FRAME = '0123456789abcdef0123456789abcdef';
const context = {
  platform: 'x',
  surface: 'x',
  url: 'https://x.com/a/status/1',
  draft: '',
};
const senders = {
  content: { id: EXT, url: 'https://x.com/a/status/1', frameId: 0, tab: { id: 7 } },
  contentInFrame: { id: EXT, url: 'https://x.com/embed', frameId: 3, tab: { id: 7 } },
  contentOtherSite: { id: EXT, url: 'https://evil.example/', frameId: 0, tab: { id: 7 } },
  panel: { id: EXT, url: `chrome-extension://${EXT}/panel.html?s=abc`, frameId: 5, tab: { id: 7 } },
  options: { id: EXT, url: `chrome-extension://${EXT}/options.html` },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' },
} as const;

function setup() {
  const handlers = Object.fromEntries(
    Object.keys(backgroundProtocol).map((type) => [
      type,
      vi.fn(() => Promise.resolve({ sessionId: 'session-1234' })),
    ]),
  ) as unknown as Handlers<typeof backgroundProtocol>;
  const answer = answerMessages(backgroundProtocol, handlers, classifySender);
  return { handlers, answer: (message: unknown, sender: object) => answer(message, sender as never) };
}

describe('classifySender', () => {
  it('trusts the content script only in the top frame of the allowed sites', () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://${EXT}${path}`,
    );
    expect(classifySender(senders.content as never)).toEqual(['content']);
    expect(classifySender(senders.contentInFrame as never)).toEqual([]);
    expect(classifySender(senders.contentOtherSite as never)).toEqual([]);
    expect(classifySender(senders.panel as never)).toEqual(['extension', 'panel']);
    expect(classifySender(senders.options as never)).toEqual(['extension']);
    expect(classifySender(senders.otherExtension as never)).toEqual([]);
  });
});

describe('answerMessages', () => {
  it('runs the handler for a valid message from an allowed sender', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://${EXT}${path}`,
    );
    const { handlers, answer } = setup();
    const reply = await answer({ type: 'panel.open', payload: { context, frame: FRAME } }, senders.content);
    expect(reply).toEqual({ ok: true, value: { sessionId: 'session-1234' } });
    expect(handlers['panel.open']).toHaveBeenCalledOnce();
  });

  it.each([
    ['an unknown type', { type: 'settings.dump', payload: {} }, senders.options],
    ['no envelope', 'hello', senders.options],
    ['a content script asking for settings', { type: 'settings.get', payload: {} }, senders.content],
    [
      'a content script choosing the endpoint',
      { type: 'settings.save', payload: { baseURL: 'https://evil.example', model: 'x' } },
      senders.content,
    ],
    [
      'a malformed context',
      { type: 'panel.open', payload: { context: { ...context, platform: 'myspace' }, frame: FRAME } },
      senders.content,
    ],
    [
      'extra fields',
      { type: 'panel.open', payload: { context, frame: FRAME, baseURL: 'https://evil.example' } },
      senders.content,
    ],
    [
      'a page in another frame',
      { type: 'panel.open', payload: { context, frame: FRAME } },
      senders.contentInFrame,
    ],
    ['another extension', { type: 'settings.get', payload: {} }, senders.otherExtension],
  ])('refuses %s with a structured error and runs nothing', async (_name, message, sender) => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://${EXT}${path}`,
    );
    const { handlers, answer } = setup();
    const reply = await answer(message, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('turns a handler’s failure into a structured error', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      (path: string) => `chrome-extension://${EXT}${path}`,
    );
    const { handlers, answer } = setup();
    (handlers['settings.get'] as unknown as Mock).mockRejectedValueOnce(new Error('disk full'));
    const reply = await answer({ type: 'settings.get', payload: {} }, senders.options);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'internal', detail: expect.stringContaining('disk full') },
    });
  });
});

describe('errors crossing a message', () => {
  it('are bounded, so a long provider message still reaches the manager', async () => {
    const { UserFacingError, userError } = await import('@/utils/errors');
    const { UserErrorSchema } = await import('@/utils/messaging/schemas');
    const handlers = Object.fromEntries(
      Object.keys(backgroundProtocol).map((type) => [
        type,
        vi.fn(() => {
          throw new UserFacingError(userError('bad-response', 'T'.repeat(900), 'D'.repeat(20_000)));
        }),
      ]),
    ) as unknown as Handlers<typeof backgroundProtocol>;
    const answer = answerMessages(backgroundProtocol, handlers, classifySender);
    const reply = (await answer({ type: 'status.get', payload: {} }, senders.options as never)) as {
      ok: false;
      error: unknown;
    };
    expect(reply.ok).toBe(false);
    expect(UserErrorSchema.safeParse(reply.error).success).toBe(true);
  });
});
