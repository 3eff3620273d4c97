import { z } from 'zod';
import { t } from '@/utils/i18n/i18n';

/**
 * Side-panel conversations: a chat with one brand profile, kept in Dexie per profile so the manager finds
 * them again after a restart.
 */
export const PastedSchema = z.object({
  /** What the pasted text is: "comment", "draft", "text", "selection". */
  kind: z.string().max(40),
  text: z.string().max(8000),
});
export type Pasted = z.infer<typeof PastedSchema>;

export const BrainstormMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant']),
  /** The manager's request, or the model's answer. */
  content: z.string().max(12_000),
  /** Text the manager brought from elsewhere (a comment, a draft): sent to the model fenced, as data. */
  pasted: PastedSchema.optional(),
  /** The answer stopped before the model finished. */
  incomplete: z.boolean().optional(),
  at: z.number().int(),
});
export type BrainstormMessage = z.infer<typeof BrainstormMessageSchema>;

export const ConversationSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  title: z
    .string()
    .trim()
    .min(1, { error: () => t('conversations.nameRequired') })
    .max(120, { error: () => t('conversations.nameTooLong') }),
  messages: z.array(BrainstormMessageSchema).max(400),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** What the side panel sends the background for one answer: the conversation so far, bounded. */
export const HistoryItemSchema = BrainstormMessageSchema.pick({ role: true, content: true, pasted: true });
export type HistoryItem = z.infer<typeof HistoryItemSchema>;
export const MAX_HISTORY = 40;

/** A title from the first request: its first words. */
export function titleFrom(message: Pick<BrainstormMessage, 'content' | 'pasted'>): string {
  const text = (message.content || message.pasted?.text || t('conversations.untitled'))
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text;
}
