import { z } from 'zod';
import { UserErrorSchema } from '@/utils/messaging/schemas';

/** The shapes of the provider settings: stored, shown to the options page, and tested. */
export const PROVIDER_KINDS = ['openai-compatible', 'on-device'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** The manager's own prices, per million tokens, for models the built-in table does not know. */
export const PriceSchema = z.object({
  input: z.number().min(0).max(1000),
  output: z.number().min(0).max(1000),
});
export type Price = z.infer<typeof PriceSchema>;

export const ProviderSettingsSchema = z.object({
  /** A remote OpenAI-compatible endpoint, or the browser's built-in model. */
  kind: z.enum(PROVIDER_KINDS),
  /** The preset the manager picked (utils/llm/presets.ts), for the hints shown. */
  presetId: z.string().max(20),
  baseURL: z.string().max(500),
  model: z.string().max(200),
  /** Milliseconds to wait for the first token, and for the whole answer, per attempt. */
  firstTokenTimeoutMs: z.number().int().min(1000).max(120_000),
  totalTimeoutMs: z.number().int().min(5000).max(240_000),
  price: PriceSchema.optional(),
  /** The most the estimated cost of a day's requests may reach, in US dollars; none when unset. */
  dailySpendCapUsd: z.number().min(0).max(10_000).optional(),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

/** What extension pages see of the settings: never the key, only whether there is one, masked. */
export const PublicSettingsSchema = ProviderSettingsSchema.extend({
  presetId: z.string(),
  baseURL: z.string(),
  model: z.string(),
  firstTokenTimeoutMs: z.number(),
  totalTimeoutMs: z.number(),
  hasKey: z.boolean(),
  maskedKey: z.string(),
  /** Every endpoint origin a key is saved for, with the key masked: for "use the same key for …?". */
  savedKeys: z.array(z.object({ origin: z.string(), masked: z.string() })).max(50),
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

export const TestResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), models: z.array(z.string()).max(500), modelFound: z.boolean() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type TestResult = z.infer<typeof TestResultSchema>;
