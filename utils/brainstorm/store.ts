import { getDb } from '@/utils/storage/db';
import { ConversationSchema, titleFrom, type BrainstormMessage, type Conversation } from './conversation';

/** Conversation writes, for the side panel (an extension page). Each write validates the whole record. */
export async function createConversation(
  profileId: string,
  first: Omit<BrainstormMessage, 'id' | 'at'>,
  now = Date.now(),
): Promise<Conversation> {
  const conversation = ConversationSchema.parse({
    id: crypto.randomUUID(),
    profileId,
    title: titleFrom(first),
    messages: [{ ...first, id: crypto.randomUUID(), at: now }],
    createdAt: now,
    updatedAt: now,
  });
  await getDb().conversations.add(conversation);
  return conversation;
}

async function update(
  id: string,
  change: (c: Conversation) => Conversation,
  now = Date.now(),
): Promise<Conversation | undefined> {
  const db = getDb();
  return db.transaction('rw', db.conversations, async () => {
    const current = await db.conversations.get(id);
    if (!current) return undefined;
    const next = ConversationSchema.parse({ ...change(current), updatedAt: now });
    await db.conversations.put(next);
    return next;
  });
}

export const appendMessage = (id: string, message: Omit<BrainstormMessage, 'id' | 'at'>, now = Date.now()) =>
  update(
    id,
    (c) => ({ ...c, messages: [...c.messages, { ...message, id: crypto.randomUUID(), at: now }] }),
    now,
  );

/** Drops the last answer (to regenerate it). */
export const dropLastAnswer = (id: string) =>
  update(id, (c) =>
    c.messages.at(-1)?.role === 'assistant' ? { ...c, messages: c.messages.slice(0, -1) } : c,
  );

export const renameConversation = (id: string, title: string) => update(id, (c) => ({ ...c, title }));

export const deleteConversation = (id: string): Promise<void> => getDb().conversations.delete(id);

export function listConversations(profileId: string): Promise<Conversation[]> {
  return getDb().conversations.where('profileId').equals(profileId).reverse().sortBy('updatedAt');
}
