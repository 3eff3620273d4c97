import { blankProfile, type BrandProfile } from './profile';

/** Starting points for a new profile. The manager renames and edits; nothing here is sent anywhere as is. */
export interface ProfileTemplate {
  id: 'cafe' | 'saas' | 'public';
  label: string;
  build: (now?: number) => BrandProfile;
}

const fact = (topic: string, answer: string, pinned = false) => ({
  id: crypto.randomUUID(),
  topic,
  answer,
  pinned,
});
const example = (comment: string, reply: string) => ({ id: crypto.randomUUID(), comment, reply });

export const TEMPLATES: readonly ProfileTemplate[] = [
  {
    id: 'cafe',
    label: 'Friendly café',
    build: (now) =>
      blankProfile(
        {
          name: 'Friendly café',
          description: 'A neighbourhood café: coffee, pastries, regulars who know each other.',
          color: '#c2410c',
          avatar: '☕',
          voice: {
            description:
              'Warm, cheerful and a little playful, like the barista who knows your order. Short sentences.',
            formality: 85,
            playfulness: 65,
            warmth: 90,
            person: 'we',
          },
          audience: 'Locals, students and remote workers who care about good coffee and a friendly place.',
          rules: {
            do: ['Use the person’s first name when it is visible', 'Invite them to drop by'],
            dont: ['Promise discounts', 'Argue about prices'],
            bannedWords: ['cheap', 'guys'],
            emoji: 'sparing',
            hashtags: 'never',
            signOff: '',
            maxLength: { x: 240, linkedin: 500 },
            personalTopics: ['refunds', 'allergies', 'food safety', 'staff complaints'],
          },
          knowledge: [
            fact('Opening hours', 'Monday to Friday 7:30–18:00, weekends 9:00–17:00.', true),
            fact('Plant milks', 'Oat and almond milk at no extra cost.'),
            fact('Delivery', 'We deliver within 3 km through our own riders, not on Sundays.'),
          ],
          examples: [
            example('Best flat white in town!', 'That made our morning! ☕ See you for the next one.'),
            example(
              'Do you have gluten-free options?',
              'We do: the almond cake and the granola pots are gluten-free.',
            ),
          ],
        },
        now,
      ),
  },
  {
    id: 'saas',
    label: 'B2B SaaS',
    build: (now) =>
      blankProfile(
        {
          name: 'B2B SaaS',
          description: 'A software company selling to operations and IT teams.',
          color: '#7c3aed',
          avatar: 'SA',
          voice: {
            description:
              'Clear, helpful and confident, never salesy. Explains, then points to the next step.',
            formality: 45,
            playfulness: 20,
            warmth: 60,
            person: 'we',
          },
          audience: 'Operations leads, IT managers and founders evaluating or using the product.',
          rules: {
            do: ['Answer the question first', 'Link the docs only if the comment asks how'],
            dont: ['Comment on competitors', 'Share roadmap dates'],
            bannedWords: ['synergy', 'game-changer', 'revolutionary'],
            emoji: 'none',
            hashtags: 'suggested',
            signOff: '',
            maxLength: { x: 260, linkedin: 700 },
            personalTopics: ['billing disputes', 'security incidents', 'legal', 'data deletion requests'],
          },
          knowledge: [
            fact('Free trial', '14-day free trial, no credit card needed.'),
            fact('Security', 'SOC 2 Type II; data hosted in the EU (Frankfurt).'),
            fact('Support', 'Support answers within 4 business hours on every plan.'),
          ],
          examples: [
            example(
              'Does it integrate with Slack?',
              'It does: the Slack app sends alerts and approvals to any channel.',
            ),
          ],
        },
        now,
      ),
  },
  {
    id: 'public',
    label: 'Public institution',
    build: (now) =>
      blankProfile(
        {
          name: 'Public institution',
          description: 'A city service or public body answering residents.',
          color: '#0e7490',
          avatar: '🏛️',
          voice: {
            description:
              'Courteous, factual and neutral. Plain language; no jokes about residents’ problems.',
            formality: 20,
            playfulness: 5,
            warmth: 55,
            person: 'we',
          },
          audience: 'Residents of every age and background, some of them upset or in a hurry.',
          rules: {
            do: ['Point to the official page or phone line', 'Thank people for reporting problems'],
            dont: ['Take political positions', 'Comment on individual cases in public'],
            bannedWords: [],
            emoji: 'none',
            hashtags: 'never',
            signOff: '',
            maxLength: { x: 280, linkedin: 800 },
            personalTopics: ['personal data', 'legal', 'safety', 'health', 'complaints about staff'],
          },
          knowledge: [fact('Contact', 'Residents can call 3939 (free) Monday to Friday, 8:30–18:00.', true)],
          examples: [
            example(
              'The streetlight on Rue Victor Hugo has been out for a week.',
              'Thank you for letting us know. We have passed it to the lighting team; you can follow repairs on the city website.',
            ),
          ],
        },
        now,
      ),
  },
];

export function fromTemplate(templateId: ProfileTemplate['id'], now = Date.now()): BrandProfile {
  const template = TEMPLATES.find((t) => t.id === templateId);
  if (!template) throw new Error(`Unknown template ${templateId}`);
  return template.build(now);
}
