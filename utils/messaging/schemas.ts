import { z } from 'zod';
import { USER_ERROR_ACTIONS, USER_ERROR_CODES, USER_ERROR_LIMITS, type UserError } from '@/utils/errors';

/** Small shapes that several messages and ports share. */
export const UserErrorSchema = z.object({
  code: z.enum(USER_ERROR_CODES),
  title: z.string().max(USER_ERROR_LIMITS.title),
  detail: z.string().max(USER_ERROR_LIMITS.detail),
  action: z.enum(USER_ERROR_ACTIONS).optional(),
}) satisfies z.ZodType<UserError>;

export const InsertResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), method: z.string() }),
  z.object({ ok: z.literal(false), error: UserErrorSchema }),
]);
export type InsertResult = z.infer<typeof InsertResultSchema>;

export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** The random token in a panel frame's address: 128 bits, in hex (utils/page/panel-frame.ts). */
export const FrameTokenSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const Empty = z.object({}).strict();
