import { describe, expect, it } from 'vitest';
import { rankSaved, type Rankable } from '@/utils/saved/rank';

const reply = (id: string, title: string, body: string, extra: Partial<Rankable> = {}): Rankable => ({
  id,
  title,
  body,
  tags: [],
  language: 'en',
  ...extra,
});
const REPLIES = [
  reply('hours', 'Opening hours', 'We are open every day from 8 am to 6 pm.', { tags: ['hours'], uses: 9 }),
  reply('refund', 'Refund policy', 'Refunds are issued within 14 days.', { tags: ['refund', 'complaint'] }),
  reply('oat', 'Dairy-free drinks', 'Every latte can be made with oat milk.', {
    tags: ['dairy-free', 'vegan'],
  }),
  reply('dm', 'We sent you a DM', 'We have sent you a direct message.', { platform: 'x' }),
];
const ids = (list: Rankable[]) => list.map((r) => r.id);

describe('saved replies, best match first (local relevance, no model)', () => {
  it('puts the reply that matches the comment first', () => {
    expect(
      ids(rankSaved(REPLIES, { query: 'Your oat latte made me sick last night. I want a refund.' }))[0],
    ).toBe('refund');
    expect(ids(rankSaved(REPLIES, { query: 'Is the pumpkin latte dairy-free?' }))[0]).toBe('oat');
    expect(ids(rankSaved(REPLIES, { query: 'What time do you open on Sunday? Opening hours?' }))[0]).toBe(
      'hours',
    );
  });

  it('with nothing to match, the most used come first', () => {
    expect(ids(rankSaved(REPLIES, { query: '' }))[0]).toBe('hours');
  });

  it('a search keeps only the replies holding every word of it, accents and case ignored', () => {
    expect(ids(rankSaved(REPLIES, { query: '', search: 'REFUND' }))).toEqual(['refund']);
    expect(ids(rankSaved(REPLIES, { query: '', search: 'dairy vegan' }))).toEqual(['oat']);
    expect(ids(rankSaved(REPLIES, { query: '', search: 'remboursé' }))).toEqual([]);
    expect(
      ids(rankSaved([reply('fr', 'Remboursé', 'Déjà fait')], { query: '', search: 'rembourse deja' })),
    ).toEqual(['fr']);
  });

  it('a reply meant for another platform comes after the others; the commenter’s language wins a tie', () => {
    expect(ids(rankSaved(REPLIES, { query: 'direct message please', platform: 'linkedin' })).at(-1)).toBe(
      'dm',
    );
    expect(ids(rankSaved(REPLIES, { query: 'direct message please', platform: 'x' }))[0]).toBe('dm');
    const twins = [reply('en', 'Thanks', 'Thank you!'), reply('fr', 'Merci', 'Merci !', { language: 'fr' })];
    expect(ids(rankSaved(twins, { query: '', language: 'fr-FR' }))[0]).toBe('fr');
  });
});
