/** The reply composers of the fixture sites, one per kind the extension must serve. */
export interface ComposerCase {
  name: string;
  url: string;
  /** A fixture function that opens the composer, with its arguments. */
  open?: [string, ...string[]];
  /** The fixture's id for the editor (to read its own state). */
  editor: string;
  /** Texts the prompt must carry: the post, the comment answered, the author. */
  promptHas: string[];
  /** The mention the platform pre-filled, which must survive insertion. */
  mention?: string;
  language?: string;
}

export const COMPOSERS: ComposerCase[] = [
  {
    name: 'X inline reply',
    url: 'https://x.com/samlee/status/102',
    editor: 'inline',
    promptHas: [
      'Our autumn menu is live!',
      'Is the pumpkin latte dairy-free?',
      'Sam Lee (@samlee)',
      'kind=\\"account you reply as\\">\\n@acmecafe',
    ],
    language: 'en',
  },
  {
    name: 'X reply dialog',
    url: 'https://x.com/home',
    open: ['openReplyDialog', '100'],
    editor: 'dialog',
    promptHas: ['Vous livrez à Lyon le dimanche ?', 'Léa Martin (@lea_m)'],
    language: 'fr',
  },
  {
    name: 'LinkedIn classic comment on a post',
    url: 'https://www.linkedin.com/feed/',
    open: ['openComment', '7001'],
    editor: 'post-7001',
    promptHas: [
      'We just opened our new plant in Lyon.',
      'Author: Acme Robotics',
      'kind=\\"account you reply as\\">\\nAcme Robotics',
    ],
    language: 'en',
  },
  {
    name: 'LinkedIn classic reply to a comment',
    url: 'https://www.linkedin.com/feed/',
    open: ['openReply', '9001'],
    editor: 'reply-9001',
    mention: 'Marie Dupont',
    promptHas: ['We just opened our new plant in Lyon.', 'Est-ce que vous recrutez', 'Author: Marie Dupont'],
    language: 'fr',
  },
  {
    name: 'LinkedIn 2026 comment on a post',
    url: 'https://www.linkedin.com/feed/?surface=2026',
    open: ['openComment', '7001'],
    editor: 'post-7001',
    promptHas: ['We just opened our new plant in Lyon.', 'Author: Acme Robotics'],
    language: 'en',
  },
  {
    name: 'LinkedIn 2026 reply to a comment',
    url: 'https://www.linkedin.com/feed/?surface=2026',
    open: ['openReply', '9002'],
    editor: 'reply-9002',
    mention: 'Jonas Weber',
    promptHas: [
      'We just opened our new plant in Lyon.',
      'What is the expected output per year?',
      'Author: Jonas Weber',
    ],
    language: 'en',
  },
];
