import { t } from '@/utils/i18n/i18n';
import { bound } from '@/utils/text/clean';
import { percent, type QueueItem, type Spike } from './queue';
import type { Topic } from './reading';

/** A complaint topic's name in the interface's language. */
export const topicName = (topic: Topic): string =>
  ({
    'late-delivery': t('queue.topic.lateDelivery'),
    billing: t('queue.topic.billing'),
    support: t('queue.topic.support'),
    quality: t('queue.topic.quality'),
    website: t('queue.topic.website'),
    safety: t('queue.topic.safety'),
  })[topic];

/**
 * The internal heads-up the spike alert offers to copy: for the team (a chat, an email), never a public
 * reply. Built from the counts and a few of the comments, quoted as text, with no model involved.
 */
export function headsUp(spike: Spike, items: readonly QueueItem[], url: string): string {
  const lines = [t('queue.headsUp.title'), '', t('queue.headsUp.post', [url])];
  if (spike.topic)
    lines.push(
      t('queue.headsUp.topic', [
        spike.topic.count,
        spike.total,
        percent(spike.topic.share),
        topicName(spike.topic.topic),
      ]),
    );
  if (spike.negative)
    lines.push(
      t('queue.headsUp.negative', [spike.negative.count, spike.total, percent(spike.negative.share)]),
    );
  if (spike.sarcasm) lines.push(t('queue.headsUp.sarcasm', [spike.sarcasm]));
  const examples = items
    .filter(
      (item) =>
        !item.byBrand &&
        (spike.topic
          ? item.reading.topics.includes(spike.topic.topic)
          : item.reading.sentiment === 'negative'),
    )
    .slice(0, 3);
  if (examples.length) {
    lines.push('', t('queue.headsUp.examples'));
    for (const item of examples)
      lines.push(`• ${item.author}: “${bound(item.text.replace(/\s+/g, ' '), 160)}”`);
  }
  lines.push('', t('queue.headsUp.next'));
  return lines.join('\n');
}
