import { t } from '@/utils/i18n/i18n';
import { blankProfile, type BrandProfile } from './profile';

/**
 * Starting points for a new profile, in the interface's language. The manager renames and edits;
 * nothing here is sent anywhere as is.
 */
export interface ProfileTemplate {
  id: 'cafe' | 'saas' | 'public';
  build: (now?: number) => BrandProfile;
}

const fact = (topic: string, answer: string, pinned = false) => ({
  id: crypto.randomUUID(),
  topic,
  answer,
  pinned,
});
const example = (comment: string, reply: string) => ({ id: crypto.randomUUID(), comment, reply });
/** A list kept one item per line in the messages file. */
const lines = (text: string): string[] => text.split('\n').filter(Boolean);

export const templateLabel = (id: ProfileTemplate['id']): string =>
  ({ cafe: t('templates.cafe.label'), saas: t('templates.saas.label'), public: t('templates.public.label') })[
    id
  ];

export const TEMPLATES: readonly ProfileTemplate[] = [
  {
    id: 'cafe',
    build: (now) =>
      blankProfile(
        {
          name: t('templates.cafe.label'),
          description: t('templates.cafe.description'),
          color: '#c2410c',
          avatar: '☕',
          voice: {
            description: t('templates.cafe.voice'),
            formality: 85,
            playfulness: 65,
            warmth: 90,
            person: 'we',
          },
          audience: t('templates.cafe.audience'),
          rules: {
            do: lines(t('templates.cafe.do')),
            dont: lines(t('templates.cafe.dont')),
            bannedWords: lines(t('templates.cafe.banned')),
            emoji: 'sparing',
            hashtags: 'never',
            signOff: '',
            maxLength: { x: 240, linkedin: 500 },
            personalTopics: lines(t('templates.cafe.personal')),
          },
          knowledge: [
            fact(t('templates.cafe.fact1Topic'), t('templates.cafe.fact1'), true),
            fact(t('templates.cafe.fact2Topic'), t('templates.cafe.fact2')),
            fact(t('templates.cafe.fact3Topic'), t('templates.cafe.fact3')),
          ],
          examples: [
            example(t('templates.cafe.example1Comment'), t('templates.cafe.example1Reply')),
            example(t('templates.cafe.example2Comment'), t('templates.cafe.example2Reply')),
          ],
        },
        now,
      ),
  },
  {
    id: 'saas',
    build: (now) =>
      blankProfile(
        {
          name: t('templates.saas.label'),
          description: t('templates.saas.description'),
          color: '#7c3aed',
          avatar: 'SA',
          voice: {
            description: t('templates.saas.voice'),
            formality: 45,
            playfulness: 20,
            warmth: 60,
            person: 'we',
          },
          audience: t('templates.saas.audience'),
          rules: {
            do: lines(t('templates.saas.do')),
            dont: lines(t('templates.saas.dont')),
            bannedWords: lines(t('templates.saas.banned')),
            emoji: 'none',
            hashtags: 'suggested',
            signOff: '',
            maxLength: { x: 260, linkedin: 700 },
            personalTopics: lines(t('templates.saas.personal')),
          },
          knowledge: [
            fact(t('templates.saas.fact1Topic'), t('templates.saas.fact1')),
            fact(t('templates.saas.fact2Topic'), t('templates.saas.fact2')),
            fact(t('templates.saas.fact3Topic'), t('templates.saas.fact3')),
          ],
          examples: [example(t('templates.saas.example1Comment'), t('templates.saas.example1Reply'))],
        },
        now,
      ),
  },
  {
    id: 'public',
    build: (now) =>
      blankProfile(
        {
          name: t('templates.public.label'),
          description: t('templates.public.description'),
          color: '#0e7490',
          avatar: '🏛️',
          voice: {
            description: t('templates.public.voice'),
            formality: 20,
            playfulness: 5,
            warmth: 55,
            person: 'we',
          },
          audience: t('templates.public.audience'),
          rules: {
            do: lines(t('templates.public.do')),
            dont: lines(t('templates.public.dont')),
            bannedWords: [],
            emoji: 'none',
            hashtags: 'never',
            signOff: '',
            maxLength: { x: 280, linkedin: 800 },
            personalTopics: lines(t('templates.public.personal')),
          },
          knowledge: [fact(t('templates.public.fact1Topic'), t('templates.public.fact1'), true)],
          examples: [example(t('templates.public.example1Comment'), t('templates.public.example1Reply'))],
        },
        now,
      ),
  },
];

export function fromTemplate(templateId: ProfileTemplate['id'], now = Date.now()): BrandProfile {
  const template = TEMPLATES.find((candidate) => candidate.id === templateId);
  if (!template) throw new Error(`Unknown template ${templateId}`);
  return template.build(now);
}
