import type { BrainstormMessage } from './conversation';

/** The side panel's quick actions: each one writes the request a manager would otherwise type. */
export type QuickRequest = Pick<BrainstormMessage, 'content' | 'pasted'>;

export const REWRITE_STYLES = [
  'shorter',
  'longer',
  'more formal',
  'more casual',
  'warmer',
  'more playful',
  'clearer',
] as const;
export type RewriteStyle = (typeof REWRITE_STYLES)[number];

export const postIdeas = (topic: string, date = ''): QuickRequest => ({
  content: `Give me 5 post ideas about ${topic.trim()}${date.trim() ? ` for ${date.trim()}` : ''}. For each: a hook line, then two sentences. Vary the formats (question, story, tip, behind the scenes, poll).`,
});

export const hashtags = (draft: string): QuickRequest => ({
  content:
    'Suggest 3 to 5 hashtags for this draft: relevant and specific, a mix of broad and niche, never stuffed. One per line, with a few words on why.',
  pasted: { kind: 'draft', text: draft },
});

export const rewrite = (draft: string, style: RewriteStyle): QuickRequest => ({
  content: `Rewrite this draft so it is ${style}, in the brand’s voice. Give the rewritten text only.`,
  pasted: { kind: 'draft', text: draft },
});

export const translate = (text: string, language: string): QuickRequest => ({
  content: `Translate this into ${language.trim()}, keeping the brand’s voice and tone: adapt idioms, keep names and hashtags. Give the translation only.`,
  pasted: { kind: 'text', text },
});

export const answerIdeas = (comment: string, kind = 'comment'): QuickRequest => ({
  content:
    'Someone wrote this. Suggest 3 different ways to answer it in the brand’s voice: thank, answer, engage further.',
  pasted: { kind, text: comment },
});
