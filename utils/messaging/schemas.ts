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

export const Empty = z.object({}).strict();
