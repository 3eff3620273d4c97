import type { Example, Fact } from './profile';

/**
 * Local, model-free relevance: which facts and examples of a profile fit the comment being answered.
 * Bag of terms (accents folded, stop words out, a light plural strip, CJK as character bigrams) and a
 * cosine score. Cheap enough to run on every suggestion, and it keeps the prompt small.
 */
const STOP = new Set(
  (
    'the and for are but not you your with this that have has was were will would can could our out who what when where why how ' +
    'all any its from they them their there here about into just than then very also more most some such only other been being ' +
    'les des une est pas pour que qui dans sur avec vous nous ils elle mais sont ont aux par plus tout tous comme cette ces ' +
    'los las una por para con del que como pero sus más este esta der die das und ist nicht mit für sie wir ein eine auf den dem'
  ).split(' '),
);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

export function terms(text: string): string[] {
  const out: string[] = [];
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
  for (const word of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(word)) {
      const chars = Array.from(word);
      if (chars.length === 1) out.push(word);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      continue;
    }
    if (word.length < 3 || STOP.has(word)) continue;
    // A light plural strip, so "crêpe" meets "crêpes" (not "ss", "us", "is": class, status, analysis).
    out.push(word.length > 3 && /[^siu]s$/.test(word) ? word.slice(0, -1) : word);
  }
  return out;
}

/** Cosine similarity of two term lists, as sets. 0 = nothing in common, 1 = the same terms. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const term of setA) if (setB.has(term)) shared++;
  return shared / Math.sqrt(setA.size * setB.size);
}

export const MAX_FACTS = 5;
export const MAX_PINNED = 2;
export const MAX_EXAMPLES = 3;

/** The facts to give the model: pinned ones first, then those the comment is about. Irrelevant ones stay out. */
export function selectFacts(facts: readonly Fact[], query: string, max = MAX_FACTS): Fact[] {
  const q = terms(query);
  const pinned = facts.filter((f) => f.pinned).slice(0, MAX_PINNED);
  const scored = facts
    .filter((f) => !f.pinned)
    .map((fact) => ({
      fact,
      // The topic names what a fact is about: it counts double.
      score: 2 * similarity(q, terms(fact.topic)) + similarity(q, terms(fact.answer)),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return [...pinned, ...scored.map((s) => s.fact)].slice(0, max);
}

/**
 * Few-shot examples: those whose comment most resembles the one being answered come first. Examples also
 * carry the voice, so up to `max` are kept even when none resembles; among equals, the newest wins.
 */
export function selectExamples(examples: readonly Example[], query: string, max = MAX_EXAMPLES): Example[] {
  const q = terms(query);
  return examples
    .map((example, order) => ({
      example,
      order,
      // A post of the brand's own has no comment: its text is what resembles.
      score: similarity(q, terms(example.comment || example.reply)),
    }))
    .sort((a, b) => b.score - a.score || b.order - a.order)
    .slice(0, max)
    .map((s) => s.example);
}
