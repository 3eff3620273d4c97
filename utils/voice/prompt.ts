import { z } from 'zod';
import type { BrandProfile } from '@/utils/brand/profile';
import { type ChatMessage, fence, UNTRUSTED_TEXT_RULES } from '@/utils/llm/prompt';
import { estimateTokens } from '@/utils/queue/prompt';
import { bound, stripInvisible } from '@/utils/text/clean';
import { VOICE_BOUND, VOICE_BUDGET, VOICE_PROPOSALS } from './bounds';
import type { Proposal, VoicePost, VoiceRead } from './schema';

/**
 * The one request of "Learn our voice": the brand's posts, one per line and fenced as page data, and a
 * JSON answer proposing voice descriptors, do and don't rules, and the posts that best show the voice.
 * Examples are named by post id: their text, address and date come from the page, never from the model.
 */
export const VOICE_SYSTEM = [
  'You learn a brand’s voice from posts (or replies to people) the brand published itself, for a community manager.',
  'Propose what a reply writer needs to sound like this brand:',
  `- "descriptors": up to ${VOICE_PROPOSALS.descriptors} short phrases describing the voice (e.g. "warm and playful", "puns about coffee");`,
  `- "do": up to ${VOICE_PROPOSALS.rules} short rules the posts follow, as instructions ("Thank people by name");`,
  `- "dont": up to ${VOICE_PROPOSALS.rules} short rules the posts avoid, as instructions ("Don't use hashtags");`,
  `- "examples": the ids of the ${VOICE_PROPOSALS.minExamples} to ${VOICE_PROPOSALS.maxExamples} posts that show the voice best.`,
  'Leave out what the brand already has (given below). Base everything on the posts only.',
  'Answer with JSON only: {"descriptors": [string], "do": [string], "dont": [string], "examples": [string]}.',
  '',
  ...UNTRUSTED_TEXT_RULES,
].join('\n');

export const VOICE_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['descriptors', 'do', 'dont', 'examples'],
  properties: {
    descriptors: { type: 'array', items: { type: 'string' } },
    do: { type: 'array', items: { type: 'string' } },
    dont: { type: 'array', items: { type: 'string' } },
    examples: { type: 'array', items: { type: 'string' } },
  },
} as const;

export interface VoiceRequest {
  messages: ChatMessage[];
  /** The posts that went in (within the bound and the budget), by id. */
  sent: VoicePost[];
  inputTokens: number;
  maxOutputTokens: number;
}

const line = (post: VoicePost): string =>
  `[${post.id}] ${bound(stripInvisible(post.text).replace(/\s+/g, ' ').trim(), VOICE_BUDGET.postChars)}`;

export function buildVoiceRequest(
  read: Pick<VoiceRead, 'platform' | 'account' | 'posts' | 'replies'>,
  profile: BrandProfile,
  nonce: string,
): VoiceRequest {
  const has = [
    profile.voice.description ? `Voice: ${profile.voice.description}` : '',
    profile.rules.do.length ? `Do: ${profile.rules.do.join('; ')}` : '',
    profile.rules.dont.length ? `Don't: ${profile.rules.dont.join('; ')}` : '',
  ].filter(Boolean);
  const head = [
    `Platform: ${read.platform === 'x' ? 'X' : 'LinkedIn'}.`,
    `The brand already has:\n${has.length ? has.join('\n') : '(nothing yet)'}`,
    read.replies
      ? 'The brand’s own replies to people on one post, one per line as [id] text:'
      : 'The brand’s posts, one per line as [id] text:',
  ].join('\n');
  let tokens = estimateTokens(VOICE_SYSTEM) + estimateTokens(head) + estimateTokens(read.account) + 40;
  const sent: VoicePost[] = [];
  const lines: string[] = [];
  for (const post of read.posts.slice(0, VOICE_BOUND)) {
    const text = line(post);
    const cost = estimateTokens(text) + 1;
    if (tokens + cost > VOICE_BUDGET.inputTokens) break;
    tokens += cost;
    sent.push(post);
    lines.push(text);
  }
  const user = [
    head,
    fence(
      nonce,
      read.replies
        ? 'replies by the brand'
        : `posts by ${read.platform === 'x' ? 'this account' : 'this page'}`,
      read.account,
      lines.join('\n'),
    ),
    'Answer with the JSON now.',
  ].join('\n');
  return {
    messages: [
      { role: 'system', content: VOICE_SYSTEM },
      { role: 'user', content: user },
    ],
    sent,
    inputTokens: tokens,
    maxOutputTokens: VOICE_BUDGET.outputTokens,
  };
}

const phrase = z.string().trim().min(2).max(200);
/** The model's answer, leniently: a bad item is dropped, not the whole answer. */
const AnswerSchema = z.object({
  descriptors: z.array(z.unknown()).max(20).catch([]),
  do: z.array(z.unknown()).max(20).catch([]),
  dont: z.array(z.unknown()).max(20).catch([]),
  examples: z.array(z.unknown()).max(20).catch([]),
});

const phrases = (items: unknown[], max: number, known: readonly string[]): string[] => {
  const seen = new Set(known.map((k) => k.toLowerCase()));
  const out: string[] = [];
  for (const item of items) {
    const parsed = phrase.safeParse(typeof item === 'string' ? stripInvisible(item) : item);
    if (!parsed.success || seen.has(parsed.data.toLowerCase())) continue;
    seen.add(parsed.data.toLowerCase());
    out.push(parsed.data);
    if (out.length === max) break;
  }
  return out;
};

/**
 * The proposals in a model's answer, checked: phrases bounded, what the profile already says left out,
 * examples only among the posts sent (their text, address and date from the page). Undefined when the
 * answer is not an object of the expected shape.
 */
export function parseVoiceAnswer(
  json: unknown,
  sent: readonly VoicePost[],
  profile: Pick<BrandProfile, 'rules' | 'examples'>,
): Proposal[] | undefined {
  const answer = AnswerSchema.safeParse(json);
  if (!answer.success) return undefined;
  const { descriptors, do: dos, dont, examples } = answer.data;
  const byId = new Map(sent.map((p) => [p.id, p]));
  const already = new Set(profile.examples.map((e) => e.source?.url).filter(Boolean));
  // Ids as sent ("7201"), even when the model kept the brackets of the list ("[7201]"); each once.
  const ids = examples
    .filter((id): id is string => typeof id === 'string')
    .map((id) => id.replace(/^\s*\[|\]\s*$/g, '').trim());
  const picked = [...new Set(ids)]
    .map((id) => byId.get(id))
    .filter((p): p is VoicePost => p !== undefined && !already.has(p.url))
    .slice(0, VOICE_PROPOSALS.maxExamples);
  const of = (kind: Proposal['kind'], list: string[]): Proposal[] =>
    list.map((text, i) => ({ id: `${kind}-${i + 1}`, kind, text }));
  return [
    ...of('descriptor', phrases(descriptors, VOICE_PROPOSALS.descriptors, [])),
    ...of('do', phrases(dos, VOICE_PROPOSALS.rules, profile.rules.do)),
    ...of('dont', phrases(dont, VOICE_PROPOSALS.rules, profile.rules.dont)),
    ...picked.map((p) => ({
      id: `example-${p.id}`,
      kind: 'example' as const,
      text: p.text,
      source: { url: p.url, ...(p.time ? { date: p.time.slice(0, 10) } : {}) },
    })),
  ];
}
