import { terms } from '@/utils/brand/relevance';

/**
 * Signals read locally from a comment, with no model call: they do not depend on the provider's JSON mode
 * and cannot be talked out of by the comment itself. They add to (never remove) what the model's triage says.
 */
const INJECTION = [
  /\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(previous|prior|above|earlier|all|your)\b[^.!?\n]{0,20}\b(instructions?|prompts?|rules?|directions?)\b/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\byou are now\b|\bact as (an?|the) \w+|\bnew instructions?\s*:/i,
  /\b(reveal|print|show|leak|output|repeat)\b[^.!?\n]{0,30}\b(prompt|instructions?|api[\s-]?key|secret|password|token)s?\b/i,
  /<\/?(system|assistant|page-data)[^>]*>|\[\/?INST\]|<\|im_(start|end)\|>/i,
  /\b(ignorez|oubliez)\b[^.!?\n]{0,40}\b(instructions?|consignes?)\b|忽略(之前|以上|所有)?的?(指令|指示|提示)/i,
];

const CRISIS =
  /\b(lawsuit|sue you|suing|lawyer|attorney|legal action|class action|boycott|recall|food poisoning|poisoned|injur(y|ed)|hospital|died|death|dangerous|unsafe|fire|outage|data breach|hacked|leak(ed)?|scam|fraud|discriminat\w*|harass\w*|threat\w*|avocat|plainte|procès|intoxication|arnaque)\b/i;

export interface LocalSignals {
  injection: boolean;
  crisisWords: string[];
  /** Profile topics to handle personally that the comment is about. */
  personalTopics: string[];
}

export function localSignals(text: string, personalTopics: readonly string[]): LocalSignals {
  const words = new Set(terms(text));
  const matchedTopics = personalTopics.filter((topic) => {
    const topicTerms = terms(topic);
    return topicTerms.length > 0 && topicTerms.every((t) => words.has(t));
  });
  const crisis = text.match(new RegExp(CRISIS.source, 'gi')) ?? [];
  return {
    injection: INJECTION.some((pattern) => pattern.test(text)),
    crisisWords: [...new Set(crisis.map((w) => w.toLowerCase()))],
    personalTopics: matchedTopics,
  };
}
