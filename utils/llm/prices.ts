/**
 * Rough prices in US dollars per million tokens (input, output), as published by the providers in 2026.
 * Only an estimate for the meter: the provider's bill is the truth. The manager can set their own price.
 */
const PRICES: [RegExp, number, number][] = [
  [/gpt-4o-mini/, 0.15, 0.6],
  [/gpt-4o/, 2.5, 10],
  [/gpt-4\.1-nano/, 0.1, 0.4],
  [/gpt-4\.1-mini/, 0.4, 1.6],
  [/gpt-4\.1/, 2, 8],
  [/gpt-5-nano/, 0.05, 0.4],
  [/gpt-5-mini/, 0.25, 2],
  [/gpt-5/, 1.25, 10],
  [/mistral-small/, 0.1, 0.3],
  [/mistral-large/, 2, 6],
  [/llama-3\.3-70b/, 0.59, 0.79],
];

export type { Price } from '@/utils/storage/settings-schema';
import type { Price } from '@/utils/storage/settings-schema';

export function priceOf(model: string, custom?: Price): Price | undefined {
  if (custom) return custom;
  const match = PRICES.find(([pattern]) => pattern.test(model.toLowerCase()));
  return match ? { input: match[1], output: match[2] } : undefined;
}

/** Estimated cost in dollars, or undefined when the price is unknown (local and on-device models cost nothing). */
export function estimateCost(
  promptTokens: number,
  completionTokens: number,
  price: Price | undefined,
): number | undefined {
  return price ? (promptTokens * price.input + completionTokens * price.output) / 1_000_000 : undefined;
}
