import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small OpenAI-compatible server for the tests: `/v1/models` and a streaming `/v1/chat/completions`,
 * with fault modes. It records every request so tests can check what was sent (prompts, keys).
 */
export type Mode =
  | 'ok'
  | '401'
  | '403'
  | '404'
  | '429'
  | '429-quota'
  | '500'
  | '503'
  | 'hang'
  | 'hang-after-headers'
  | 'cut'
  | 'malformed';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
}

/** The triage call is the one that is not streamed and asks to classify a comment. */
export const isTriage = (body: unknown): boolean => {
  const b = body as { stream?: boolean; messages?: { content?: string }[] } | undefined;
  return !b?.stream && Boolean(b?.messages?.[0]?.content?.startsWith('You classify'));
};

/** The comment queue's batched reading: not streamed, and asks to sort the comments under a post. */
export const isQueueReading = (body: unknown): boolean => {
  const b = body as { stream?: boolean; messages?: { content?: string }[] } | undefined;
  return !b?.stream && Boolean(b?.messages?.[0]?.content?.startsWith('You sort the comments'));
};

/** One comment as the queue's batch request lists it: `[id] author: text`. */
export interface QueueLine {
  id: string;
  author: string;
  text: string;
}

/** The comment lines of a queue request, in order. */
export function queueLines(body: unknown): QueueLine[] {
  const user = (body as { messages?: { role: string; content: string }[] }).messages?.find(
    (m) => m.role === 'user',
  );
  const lines: QueueLine[] = [];
  for (const line of user?.content.split('\n') ?? []) {
    const match = /^\[([\w-]+)\] ([^:]*): (.*)$/.exec(line);
    if (match) lines.push({ id: match[1]!, author: match[2]!, text: match[3]! });
  }
  return lines;
}

/** "Learn our voice": not streamed, and asks to learn a brand's voice from its posts. */
export const isVoice = (body: unknown): boolean => {
  const b = body as { stream?: boolean; messages?: { content?: string }[] } | undefined;
  return !b?.stream && Boolean(b?.messages?.[0]?.content?.startsWith('You learn a brand’s voice'));
};

/** One post as the voice request lists it: `[id] text`. */
export interface VoiceLine {
  id: string;
  text: string;
}

/** The post lines of a voice request, in order. */
export function voiceLines(body: unknown): VoiceLine[] {
  const user = (body as { messages?: { role: string; content: string }[] }).messages?.find(
    (m) => m.role === 'user',
  );
  const lines: VoiceLine[] = [];
  for (const line of user?.content.split('\n') ?? []) {
    const match = /^\[([\w-]+)\] (.*)$/.exec(line);
    if (match) lines.push({ id: match[1]!, text: match[2]! });
  }
  return lines;
}

/**
 * The default voice answer, made from the posts it was sent (so a test sees its own page in it): a
 * descriptor and rules that depend on whether the posts use emoji, and the first three posts as examples.
 */
export function voiceFromPosts(posts: VoiceLine[]): Record<string, unknown> {
  const emoji = posts.some((p) => /\p{Extended_Pictographic}/u.test(p.text));
  return {
    descriptors: [emoji ? 'Warm and playful, with puns' : 'Precise and quietly proud', 'Speaks as “we”'],
    do: [emoji ? 'End with one emoji' : 'Give exact figures', 'Thank the people behind the work'],
    dont: [emoji ? 'Never sound corporate' : 'No emoji', 'No hashtags'],
    examples: posts.slice(0, 3).map((p) => p.id),
  };
}

/** A side-panel request: the brainstorming assistant's system prompt. */
export const isBrainstorm = (body: unknown): boolean =>
  Boolean(
    (body as { messages?: { content?: string }[] })?.messages?.[0]?.content?.startsWith(
      'You help a community manager brainstorm',
    ),
  );

/** A rewrite of one draft (Fix, Shorten) asks to rewrite a reply. */
export const isRewrite = (body: unknown): boolean =>
  JSON.stringify((body as { messages?: unknown })?.messages ?? '').includes('Rewrite that reply so that');

/** "Adapt" of a saved reply: its own system prompt (utils/llm/adapt-prompt.ts). */
export const isAdapt = (body: unknown): boolean =>
  Boolean(
    (body as { messages?: { content?: string }[] })?.messages?.[0]?.content?.startsWith(
      'You adapt a saved reply',
    ),
  );

/** The saved reply an "Adapt" request carries, as fenced in its user message. */
export const savedReplyOf = (body: unknown): string => {
  const user = (body as { messages?: { content?: string }[] })?.messages?.[1]?.content ?? '';
  return user.match(/kind="saved reply">\n([\s\S]*?)\n<\/page-data-/)?.[1] ?? '';
};

export const DEFAULT_DRAFTS = [
  'Thank you so much! 🙌\n\nWe are thrilled you noticed.',
  'Good question: yes, it is. Anything else we can help with?',
  'We would love to hear more. What would you like to see next? 🚀',
];

export interface FakeLlmOptions {
  /** Milliseconds between streamed chunks. */
  chunkDelayMs?: number;
  /** Characters per chunk. */
  chunkSize?: number;
}

export class FakeLlm {
  readonly requests: RecordedRequest[] = [];
  private server: Server;
  private queue: Mode[] = [];
  mode: Mode = 'ok';
  drafts: string[] = [...DEFAULT_DRAFTS];
  /** What a side-panel (brainstorm) request streams back. */
  brainstorm =
    'Here are three ideas:\n1. A behind-the-scenes photo of the morning bake.\n2. A poll: oat or almond? 🥛\n3. Meet the team: Léa, our head barista.';
  /** What a rewrite request (Fix, Shorten) streams back. */
  rewrite = 'A fixed reply, within the rules.';
  /**
   * What an "Adapt" request streams back: a fixed text, or by default (null) the saved reply it was
   * given, its required passages kept word for word (the [[ ]] marks removed), after a greeting.
   */
  adapt: string | null = null;
  /** Raw text to stream instead of the drafts (to test parsing of what models really write). */
  raw: string | null = null;
  retryAfter = '1';
  /** What the triage call answers, and how: JSON, a 400 to any response_format, or prose. */
  triage: Record<string, unknown> = { sentiment: 'neutral', intent: 'question', flags: [], language: 'en' };
  triageMode: 'json' | 'no-json-mode' | 'prose' = 'json';
  /**
   * How the queue's batch reading answers each comment it lists (a test hands in an oracle). By default
   * every comment reads as neutral, with no topic.
   */
  queueReading: (line: QueueLine) => Record<string, unknown> = (line) => ({
    id: line.id,
    sentiment: 'neutral',
    intent: 'other',
    sarcasm: false,
    personal: false,
    language: 'en',
    topics: [],
  });
  /** What "Learn our voice" answers for the posts it was sent (as JSON), or raw text to send instead. */
  voice: (posts: VoiceLine[]) => Record<string, unknown> | string = voiceFromPosts;
  /** When set, requests without `Authorization: Bearer <requiredKey>` get a 401. */
  requiredKey: string | null = null;
  models = ['fake-model', 'fake-model-large'];
  chunkDelayMs: number;
  chunkSize: number;
  private open = new Set<ServerResponse>();
  /** Chat requests whose connection the client closed before the answer was complete. */
  aborted = 0;

  constructor(options: FakeLlmOptions = {}) {
    this.chunkDelayMs = options.chunkDelayMs ?? 12;
    this.chunkSize = options.chunkSize ?? 6;
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  private url = '';

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this.url;
  }

  /** Stays the same after `stop()`, so a test can point the extension at a dead address. */
  get baseURL(): string {
    return this.url;
  }

  /** The next requests get these modes, in order; then `mode` applies again. */
  enqueue(...modes: Mode[]): void {
    this.queue.push(...modes);
  }

  /** Draft requests (streamed), in order. */
  chatRequests(): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.path.endsWith('/chat/completions') &&
        !isTriage(r.body) &&
        !isBrainstorm(r.body) &&
        !isQueueReading(r.body) &&
        !isVoice(r.body) &&
        !isAdapt(r.body),
    );
  }

  /** The comment queue's batch readings. */
  queueRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions') && isQueueReading(r.body));
  }

  /** "Learn our voice" requests. */
  voiceRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions') && isVoice(r.body));
  }

  /** "Adapt" requests (a saved reply personalised to the comment). */
  adaptRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions') && isAdapt(r.body));
  }

  /** Side-panel requests. */
  brainstormRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions') && isBrainstorm(r.body));
  }

  /** Triage requests (the small structured call beside the drafts). */
  triageRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.endsWith('/chat/completions') && isTriage(r.body));
  }

  private stopping = false;

  async stop(): Promise<void> {
    this.stopping = true;
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text
    }
    const path = (req.url ?? '').split('?')[0]!;
    this.requests.push({ method: req.method ?? '', path, headers: req.headers, body, at: Date.now() });
    this.open.add(res);
    res.on('close', () => {
      this.open.delete(res);
      if (!res.writableFinished && !this.stopping && path.endsWith('/chat/completions')) this.aborted++;
    });

    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (path.endsWith('/chat/completions') && isTriage(body)) return this.answerTriage(res, body);
    if (path.endsWith('/chat/completions') && isQueueReading(body)) {
      const mode = this.queue.shift() ?? this.mode;
      if (mode !== 'ok')
        return this.error(res, mode === '401' ? 401 : 500, 'server_error', 'Queue reading failed.');
      const comments = queueLines(body).map((line) => this.queueReading(line));
      const content = JSON.stringify({ comments });
      return this.json(res, 200, {
        id: 'chatcmpl-queue',
        object: 'chat.completion',
        created: 0,
        model: 'fake-model',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: {
          prompt_tokens: Math.ceil(JSON.stringify(body).length / 4),
          completion_tokens: Math.ceil(content.length / 4),
          total_tokens: 0,
        },
      });
    }
    if (path.endsWith('/chat/completions') && isVoice(body)) {
      const mode = this.queue.shift() ?? this.mode;
      if (mode !== 'ok')
        return this.error(res, mode === '401' ? 401 : 500, 'server_error', 'Voice learning failed.');
      const answer = this.voice(voiceLines(body));
      const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
      return this.json(res, 200, {
        id: 'chatcmpl-voice',
        object: 'chat.completion',
        created: 0,
        model: 'fake-model',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: {
          prompt_tokens: Math.ceil(JSON.stringify(body).length / 4),
          completion_tokens: Math.ceil(content.length / 4),
          total_tokens: 0,
        },
      });
    }
    if (this.requiredKey && req.headers.authorization !== `Bearer ${this.requiredKey}`)
      return this.error(res, 401, 'invalid_api_key', 'Incorrect API key provided.');
    const mode = path.endsWith('/chat/completions') ? (this.queue.shift() ?? this.mode) : this.mode;
    if (path.endsWith('/models') && req.method === 'GET') {
      if (mode === '401') return this.error(res, 401, 'invalid_api_key', 'Incorrect API key provided.');
      return this.json(res, 200, {
        object: 'list',
        data: this.models.map((id) => ({ id, object: 'model', owned_by: 'fake' })),
      });
    }
    if (!path.endsWith('/chat/completions')) return this.json(res, 404, { error: { message: 'Not found' } });

    switch (mode) {
      case '401':
        return this.error(res, 401, 'invalid_api_key', 'Incorrect API key provided.');
      case '403':
        return this.error(res, 403, 'forbidden', 'Access denied.');
      case '404':
        return this.error(res, 404, 'model_not_found', 'The model does not exist.');
      case '429':
        return this.error(res, 429, 'rate_limit_exceeded', 'Rate limit reached.', {
          'retry-after': this.retryAfter,
        });
      case '429-quota':
        return this.error(res, 429, 'insufficient_quota', 'You exceeded your current quota.');
      case '500':
        return this.error(res, 500, 'server_error', 'The server had an error.');
      case '503':
        return this.error(res, 503, 'unavailable', 'Overloaded.');
      case 'hang':
        return; // never answer
      default:
        return this.stream(
          res,
          mode,
          Boolean((body as { stream_options?: { include_usage?: boolean } })?.stream_options?.include_usage),
          body,
        );
    }
  }

  private answerTriage(res: ServerResponse, body: unknown): void {
    const format = (body as { response_format?: unknown }).response_format;
    if (this.triageMode === 'no-json-mode' && format)
      return this.error(res, 400, 'invalid_request_error', 'response_format is not supported');
    const content =
      this.triageMode === 'prose'
        ? 'The comment seems negative, maybe sarcastic.'
        : JSON.stringify(this.triage);
    this.json(res, 200, {
      id: 'chatcmpl-triage',
      object: 'chat.completion',
      created: 0,
      model: 'fake-model',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 150, completion_tokens: 30, total_tokens: 180 },
    });
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  private error(
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    headers: Record<string, string> = {},
  ): void {
    this.json(res, status, { error: { message, type: code, code } }, headers);
  }

  private async stream(res: ServerResponse, mode: Mode, includeUsage: boolean, body: unknown): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    if (mode === 'hang-after-headers') return;
    const content = isAdapt(body)
      ? (this.adapt ?? `Thanks for asking! ${savedReplyOf(body).replace(/\[\[|\]\]/g, '')}`)
      : isRewrite(body)
        ? this.rewrite
        : isBrainstorm(body)
          ? this.brainstorm
          : (this.raw ?? this.drafts.map((d, i) => `@@${i + 1}\n${d}`).join('\n'));
    const pieces = Array.from(
      content.matchAll(new RegExp(`[\\s\\S]{1,${this.chunkSize}}`, 'gu')),
      (m) => m[0],
    );
    const chunk = (delta: object, finish: string | null = null): string =>
      `data: ${JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model: 'fake-model',
        choices: [{ index: 0, delta, finish_reason: finish }],
      })}\n\n`;
    res.write(chunk({ role: 'assistant', content: '' }));
    for (let i = 0; i < pieces.length; i++) {
      if (res.destroyed) return;
      if (mode === 'cut' && i === Math.floor(pieces.length / 2)) {
        this.stopping = true; // our own doing, not the client's
        res.destroy(); // the connection drops mid-answer
        setTimeout(() => (this.stopping = false), 50);
        return;
      }
      if (mode === 'malformed' && i === Math.floor(pieces.length / 2)) {
        res.write('data: {"choices": [ this is not json\n\n');
        res.end();
        return;
      }
      res.write(chunk({ content: pieces[i] }));
      if (this.chunkDelayMs) await new Promise((r) => setTimeout(r, this.chunkDelayMs));
    }
    res.write(chunk({}, 'stop'));
    if (includeUsage) {
      // As OpenAI does: a last chunk with no choices and the usage of the whole request.
      const usage = { prompt_tokens: 812, completion_tokens: Math.ceil(content.length / 4), total_tokens: 0 };
      usage.total_tokens = usage.prompt_tokens + usage.completion_tokens;
      res.write(
        `data: ${JSON.stringify({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model: 'fake-model', choices: [], usage })}\n\n`,
      );
    }
    res.write('data: [DONE]\n\n');
    res.end();
  }
}
