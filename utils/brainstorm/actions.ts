import type { BrainstormMessage } from './conversation';
import { t } from '@/utils/i18n/i18n';

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

/** How a style is named in the interface, and in the request (which the manager reads as theirs). */
export const styleLabel = (style: RewriteStyle): string =>
  ({
    shorter: t('quick.style.shorter'),
    longer: t('quick.style.longer'),
    'more formal': t('quick.style.formal'),
    'more casual': t('quick.style.casual'),
    warmer: t('quick.style.warmer'),
    'more playful': t('quick.style.playful'),
    clearer: t('quick.style.clearer'),
  })[style];

// The requests are written in the interface's language: they show in the conversation as the manager's.
export const postIdeas = (topic: string, date = ''): QuickRequest => ({
  content: date.trim()
    ? t('quick.request.ideasFor', [topic.trim(), date.trim()])
    : t('quick.request.ideas', [topic.trim()]),
});

export const hashtags = (draft: string): QuickRequest => ({
  content: t('quick.request.hashtags'),
  pasted: { kind: 'draft', text: draft },
});

export const rewrite = (draft: string, style: RewriteStyle): QuickRequest => ({
  content: t('quick.request.rewrite', [styleLabel(style)]),
  pasted: { kind: 'draft', text: draft },
});

export const translate = (text: string, language: string): QuickRequest => ({
  content: t('quick.request.translate', [language.trim()]),
  pasted: { kind: 'text', text },
});

export const answerIdeas = (comment: string, kind = 'comment'): QuickRequest => ({
  content: t('quick.request.answer'),
  pasted: { kind, text: comment },
});
