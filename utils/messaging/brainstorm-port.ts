import { z } from 'zod';
import { HistoryItemSchema, MAX_HISTORY } from '@/utils/brainstorm/conversation';
import { UserErrorSchema } from './schemas';

/** The side panel's brainstorming port: one streamed answer at a time. */
export const BRAINSTORM_PORT = 'brainstorm';

export const BrainstormRequestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('ask'),
      profileId: z.string().max(64).optional(),
      history: z.array(HistoryItemSchema).min(1).max(MAX_HISTORY),
      /** "Try anyway" after an answer that stopped requests to this endpoint. */
      force: z.boolean().optional(),
    })
    .strict(),
  z.object({ type: z.literal('stop') }).strict(),
]);
export type BrainstormRequest = z.infer<typeof BrainstormRequestSchema>;

export const BrainstormEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), profileId: z.string() }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('done'), complete: z.boolean(), stopped: z.boolean() }),
  z.object({ type: z.literal('error'), error: UserErrorSchema, blocked: z.boolean().optional() }),
]);
export type BrainstormEvent = z.infer<typeof BrainstormEventSchema>;
