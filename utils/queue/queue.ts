import type { ItemReading, Sentiment, Topic } from './reading';
import type { ThreadItem } from './thread';

/**
 * The comment queue of one post: its comments sorted by need, the mood of the thread in numbers, its
 * recurring topics, and the spike alert. Pure functions over the stored thread (utils/queue/store.ts).
 */
export const BUCKETS = ['personal', 'unhappy', 'question', 'rest'] as const;
export type Bucket = (typeof BUCKETS)[number];

/**
 * How a comment came to be answered: the page shows the brand's reply, a reply was inserted from the
 * extension into its box, or the manager marked it.
 */
export type Answered = 'page' | 'inserted' | 'manual';

export interface QueueItem extends ThreadItem {
  reading: ItemReading;
  answered?: Answered;
  /** Drafts written ahead of time ("Draft the top N"), shown at once when its reply box opens. */
  predraft?: { drafts: string[]; profileId: string; model: string; at: number };
  /** Position in page order. */
  index: number;
}

export function bucketOf(item: Pick<QueueItem, 'reading' | 'answered'>): Bucket {
  const { reading } = item;
  if (reading.personal) return 'personal';
  if (reading.sentiment === 'negative' || reading.intent === 'complaint') return 'unhappy';
  if (reading.intent === 'question' && !item.answered) return 'question';
  return 'rest';
}

export interface QueueFilter {
  unansweredOnly: boolean;
  sentiment?: Sentiment;
  language?: string;
}

/** The queue as shown: the brand's own comments left out, by bucket, then in page order. */
export function sortQueue(items: readonly QueueItem[], filter: QueueFilter): QueueItem[] {
  const rank = (item: QueueItem): number => BUCKETS.indexOf(bucketOf(item));
  return items
    .filter(
      (item) =>
        !item.byBrand &&
        (!filter.unansweredOnly || !item.answered) &&
        (!filter.sentiment || item.reading.sentiment === filter.sentiment) &&
        (!filter.language || item.reading.language === filter.language),
    )
    .sort((a, b) => rank(a) - rank(b) || a.index - b.index);
}

export interface Mood {
  /** Comments that are not the brand's. */
  total: number;
  answered: number;
  sentiment: Record<Sentiment, number>;
  intent: Record<ItemReading['intent'], number>;
  sarcasm: number;
  personal: number;
  /** Complaint topics, most mentioned first (only those mentioned). */
  topics: { topic: Topic; count: number }[];
  languages: { language: string; count: number }[];
}

export function moodOf(items: readonly QueueItem[]): Mood {
  const others = items.filter((item) => !item.byBrand);
  const sentiment: Mood['sentiment'] = { positive: 0, neutral: 0, negative: 0 };
  const intent: Mood['intent'] = { question: 0, complaint: 0, praise: 0, feedback: 0, spam: 0, other: 0 };
  const topics = new Map<Topic, number>();
  const languages = new Map<string, number>();
  let sarcasm = 0;
  let personal = 0;
  for (const { reading } of others) {
    sentiment[reading.sentiment]++;
    intent[reading.intent]++;
    if (reading.sarcasm) sarcasm++;
    if (reading.personal) personal++;
    for (const topic of reading.topics) topics.set(topic, (topics.get(topic) ?? 0) + 1);
    languages.set(reading.language, (languages.get(reading.language) ?? 0) + 1);
  }
  const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    total: others.length,
    answered: others.filter((item) => item.answered).length,
    sentiment,
    intent,
    sarcasm,
    personal,
    topics: byCount(topics).map(([topic, count]) => ({ topic, count })),
    languages: byCount(languages).map(([language, count]) => ({ language, count })),
  };
}

/** When the brand's profile raises a spike alert (shares between 0 and 1). */
export interface AlertThresholds {
  negativeShare: number;
  topicShare: number;
  /** No alert on a thread with fewer comments than this: three comments are not a crisis. */
  minComments: number;
}

export { DEFAULT_ALERTS_SETTINGS as DEFAULT_ALERTS } from '@/utils/brand/profile';

export interface Spike {
  total: number;
  /** The share of negative comments, when it crossed its threshold. */
  negative?: { count: number; share: number; threshold: number };
  /** The complaint topic that crossed its threshold most, if one did. */
  topic?: { topic: Topic; count: number; share: number; threshold: number };
  sarcasm: number;
}

/** The spike alert of a thread, or null when nothing crossed the brand's thresholds. */
export function spikeOf(mood: Mood, alerts: AlertThresholds): Spike | null {
  if (mood.total === 0 || mood.total < alerts.minComments) return null;
  const share = (count: number): number => count / mood.total;
  const negative =
    share(mood.sentiment.negative) >= alerts.negativeShare
      ? {
          count: mood.sentiment.negative,
          share: share(mood.sentiment.negative),
          threshold: alerts.negativeShare,
        }
      : undefined;
  const top = mood.topics[0];
  const topic =
    top && share(top.count) >= alerts.topicShare
      ? { ...top, share: share(top.count), threshold: alerts.topicShare }
      : undefined;
  if (!negative && !topic) return null;
  return { total: mood.total, negative, topic, sarcasm: mood.sarcasm };
}

/** A share as the interface shows it: "23%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
