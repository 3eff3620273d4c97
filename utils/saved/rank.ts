import { similarity, terms } from '@/utils/brand/relevance';
import type { Platform } from '@/utils/thread/platform';

/**
 * Which saved replies to show first: local, model-free relevance (utils/brand/relevance.ts) to the
 * comment being answered, or, while the manager types a search, the replies that hold every word of
 * it. Zod-free: the panel ranks them itself.
 */
export interface Rankable {
  id: string;
  title: string;
  body: string;
  tags: readonly string[];
  language: string;
  platform?: Platform;
  /** How often it was used, and when last (epoch ms). */
  uses?: number;
  lastUsedAt?: number;
}

export interface RankInput {
  /** What is answered: the comment (or post), and what the manager already typed. */
  query: string;
  /** What the manager types in the search box. */
  search?: string;
  /** Where the reply goes: a reply meant for another platform comes after the others. */
  platform?: Platform;
  /** The language of the text answered, when the page says it. */
  language?: string;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');

/** How well one reply matches the search words: 0 when a word is nowhere in it. */
function searchScore(reply: Rankable, words: readonly string[]): number {
  const title = fold(reply.title);
  const tags = reply.tags.map(fold);
  const body = fold(reply.body);
  let score = 0;
  for (const word of words) {
    const inTitle = title.includes(word);
    const inTags = tags.some((tag) => tag.includes(word));
    if (!inTitle && !inTags && !body.includes(word)) return 0;
    score += (inTitle ? 2 : 0) + (inTags ? 1.5 : 0) + (body.includes(word) ? 1 : 0);
  }
  return score;
}

/** How well one reply fits the text answered: its title and tags count double. */
export function relevanceOf(reply: Rankable, queryTerms: readonly string[]): number {
  if (queryTerms.length === 0) return 0;
  return (
    2 * similarity(queryTerms, terms(`${reply.title} ${reply.tags.join(' ')}`)) +
    similarity(queryTerms, terms(reply.body))
  );
}

const sameLanguage = (a: string, b: string | undefined): boolean =>
  Boolean(b) && a.toLowerCase().split('-')[0] === b!.toLowerCase().split('-')[0];

/**
 * The replies in the order to show them: those for this platform (or any) first; then, with a search,
 * the best matches of it (the others are left out); then the most relevant to the text answered, the
 * commenter's language first among equals, then the most used, the latest used, and by title.
 */
export function rankSaved<T extends Rankable>(replies: readonly T[], input: RankInput): T[] {
  const queryTerms = terms(input.query);
  const words = fold(input.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const scored = replies
    .map((reply) => ({
      reply,
      search: words.length ? searchScore(reply, words) : 0,
      relevance: relevanceOf(reply, queryTerms),
      elsewhere: Boolean(reply.platform && input.platform && reply.platform !== input.platform),
      language: sameLanguage(reply.language, input.language),
    }))
    .filter((s) => !words.length || s.search > 0);
  return scored
    .sort(
      (a, b) =>
        Number(a.elsewhere) - Number(b.elsewhere) ||
        b.search - a.search ||
        b.relevance - a.relevance ||
        Number(b.language) - Number(a.language) ||
        (b.reply.uses ?? 0) - (a.reply.uses ?? 0) ||
        (b.reply.lastUsedAt ?? 0) - (a.reply.lastUsedAt ?? 0) ||
        a.reply.title.localeCompare(b.reply.title),
    )
    .map((s) => s.reply);
}
