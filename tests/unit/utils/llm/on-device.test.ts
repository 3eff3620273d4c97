import { describe, expect, it, vi } from 'vitest';
import {
  downloadOnDeviceModel,
  languageModel,
  onDeviceStatus,
  streamOnDevice,
  type LanguageModelApi,
  type OnDeviceAvailability,
} from '@/utils/llm/on-device';

/** A fake of Chrome's LanguageModel: a given availability, and a session that streams given chunks. */
function fakeModel(
  availability: OnDeviceAvailability,
  chunks: string[] = [],
  options: { failAfter?: number } = {},
) {
  const created: { initialPrompts?: unknown }[] = [];
  const prompts: string[] = [];
  const destroy = vi.fn();
  const api: LanguageModelApi = {
    availability: vi.fn(async () => availability),
    create: vi.fn(async (opts = {}) => {
      created.push(opts);
      if (opts.monitor) {
        const monitor = new EventTarget();
        opts.monitor(monitor);
        for (const loaded of [0, 0.5, 1])
          monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      }
      return {
        destroy,
        promptStreaming: (input: string) => {
          prompts.push(input);
          let i = 0;
          return new ReadableStream<string>({
            pull(controller) {
              if (options.failAfter !== undefined && i === options.failAfter)
                return controller.error(new Error('model crashed'));
              if (i >= chunks.length) return controller.close();
              controller.enqueue(chunks[i++]!);
            },
          });
        },
      };
    }),
  };
  return { api, created, prompts, destroy };
}

const messages = [
  { role: 'system' as const, content: 'You are the brand.' },
  { role: 'user' as const, content: 'Reply to this.' },
];

describe('on-device model', () => {
  it('is detected only where the browser has LanguageModel', async () => {
    expect(languageModel({})).toBeUndefined();
    expect(await onDeviceStatus(undefined)).toBe('absent');
    const { api } = fakeModel('downloadable');
    expect(languageModel({ LanguageModel: api })).toBe(api);
    expect(await onDeviceStatus(api)).toBe('downloadable');
  });

  it('streams deltas, with the brand as the system prompt, and frees the session', async () => {
    const { api, created, prompts, destroy } = fakeModel('available', ['@@1\nHel', 'lo!', '\n@@2\nBye']);
    const text: string[] = [];
    const outcome = await streamOnDevice({
      api,
      messages,
      signal: new AbortController().signal,
      onText: (d) => text.push(d),
    });
    expect(outcome).toMatchObject({ complete: true });
    expect(text.join('')).toBe('@@1\nHello!\n@@2\nBye');
    expect(created[0]!.initialPrompts).toEqual([{ role: 'system', content: 'You are the brand.' }]);
    expect(prompts).toEqual(['Reply to this.']);
    expect(destroy).toHaveBeenCalled();
  });

  it('also understands builds that stream the whole text so far', async () => {
    const { api } = fakeModel('available', ['Hel', 'Hello', 'Hello there']);
    const text: string[] = [];
    await streamOnDevice({
      api,
      messages,
      signal: new AbortController().signal,
      onText: (d) => text.push(d),
    });
    expect(text).toEqual(['Hel', 'lo', ' there']);
  });

  it('says plainly when the model must be downloaded first', async () => {
    const { api } = fakeModel('downloadable');
    await expect(
      streamOnDevice({ api, messages, signal: new AbortController().signal, onText: () => {} }),
    ).rejects.toMatchObject({
      userError: {
        code: 'not-configured',
        action: 'open-settings',
        detail: expect.stringContaining('Download the on-device model'),
      },
    });
  });

  it('keeps what arrived when the model fails midway', async () => {
    const { api } = fakeModel('available', ['Part one', ' part two'], { failAfter: 1 });
    const outcome = await streamOnDevice({
      api,
      messages,
      signal: new AbortController().signal,
      onText: () => {},
    });
    expect(outcome).toMatchObject({ complete: false, error: { title: 'The on-device model stopped early' } });
  });

  it('reports download progress', async () => {
    const { api } = fakeModel('downloadable');
    const progress: number[] = [];
    await downloadOnDeviceModel(api, (p) => progress.push(p));
    expect(progress).toEqual([0, 0.5, 1]);
  });
});
