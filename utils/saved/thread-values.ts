import type { ThreadContext } from '@/utils/thread/context';
import type { Values } from './template';

/**
 * The variables a thread gives, as the page shows them. X shows "Sam Lee (@samlee)": the name is the
 * display name, without the handle. What the page does not show is left out, so the panel asks for it.
 */
export function displayName(author: string | undefined): string {
  if (!author) return '';
  const name = author
    .replace(/\s*\(@[^)]*\)\s*$/, '')
    .replace(/^@/, '')
    .trim();
  return /\p{L}/u.test(name) ? name : '';
}

/** The first word of a name that has letters in it ("Marie Dupont" → "Marie"); '' otherwise. */
export function firstName(author: string | undefined): string {
  const word = displayName(author).split(/\s+/)[0] ?? '';
  return /\p{L}/u.test(word) ? word : '';
}

/** Today as a reader of that language writes it ("22 November 2026", "22 novembre 2026"). */
export function todayIn(language: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(now);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(now);
  }
}

export interface ValueSource {
  /** The thread, when there is one (the side panel has none). */
  context?: Pick<ThreadContext, 'post' | 'comment' | 'replyingAs'>;
  /** The brand profile's name. */
  brand: string;
  /** The saved reply's language, for {today}. */
  language: string;
  now?: Date;
}

export function threadValues({ context, brand, language, now }: ValueSource): Values {
  const answered = context?.comment ?? context?.post;
  const values: Values = {
    first_name: firstName(answered?.author),
    author: displayName(answered?.author),
    post_author: displayName(context?.post?.author),
    my_name: context?.replyingAs?.trim().replace(/^@/, '') ?? '',
    brand: brand.trim(),
    today: todayIn(language, now),
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v));
}
