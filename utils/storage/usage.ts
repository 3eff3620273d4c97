import { getDb, type Usage } from './db';
import { estimateCost, priceOf, type Price } from '@/utils/llm/prices';

export interface UsageInput {
  /** False for a side call (the triage) that belongs to a suggestion already counted. */
  countsAsSuggestion?: boolean;
  profileId: string;
  model: string;
  promptTokens?: number;
  completionTokens?: number;
  price?: Price;
  now?: Date;
}

/** Local calendar day, so "today" means the manager's today. */
export const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Adds one request's usage to the meter (per day, profile and model). */
export async function recordUsage({
  countsAsSuggestion = true,
  profileId,
  model,
  promptTokens = 0,
  completionTokens = 0,
  price,
  now = new Date(),
}: UsageInput): Promise<void> {
  const db = getDb();
  const day = dayOf(now);
  const id = `${day}|${profileId}|${model}`;
  const cost = estimateCost(promptTokens, completionTokens, priceOf(model, price));
  await db.transaction('rw', db.usage, async () => {
    const current: Usage = (await db.usage.get(id)) ?? {
      id,
      day,
      profileId,
      model,
      requests: 0,
      promptTokens: 0,
      completionTokens: 0,
    };
    await db.usage.put({
      ...current,
      requests: current.requests + (countsAsSuggestion ? 1 : 0),
      promptTokens: current.promptTokens + promptTokens,
      completionTokens: current.completionTokens + completionTokens,
      costUsd: cost === undefined ? current.costUsd : (current.costUsd ?? 0) + cost,
    });
  });
}
