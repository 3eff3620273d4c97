import { localSignals } from '@/utils/safety/signals';

/**
 * The reading of one comment in the queue: the same categories as the panel's reading of the room
 * (utils/safety/triage.ts), plus the recurring topics. Read locally first, at once and for free; the one
 * batched model call (prompt.ts) then refines the whole batch. Local readings are word lists in English,
 * French, German and Spanish: they are a first sort, not a verdict.
 */
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
export const INTENTS = ['question', 'complaint', 'praise', 'feedback', 'spam', 'other'] as const;
export type Intent = (typeof INTENTS)[number];
/** Complaint topics the thread is read for; each has a name in the interface (queue.topic.*). */
export const TOPICS = ['late-delivery', 'billing', 'support', 'quality', 'website', 'safety'] as const;
export type Topic = (typeof TOPICS)[number];

export interface ItemReading {
  sentiment: Sentiment;
  intent: Intent;
  sarcasm: boolean;
  /** For a person: crisis, legal, health or safety, or a topic the brand handles personally. */
  personal: boolean;
  /** BCP 47 primary language, or "und" when unknown. */
  language: string;
  topics: Topic[];
  /** Who read it: the local word lists, or the model's batch reading on top of them. */
  by: 'local' | 'model';
}

/** Lower case, accents folded, curly quotes straightened: what the word lists are matched against. */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"');

const any = (...patterns: string[]): RegExp => new RegExp(patterns.join('|'), 'i');

const TOPIC_WORDS: Record<Topic, RegExp> = {
  'late-delivery': any(
    String.raw`\b(late|delay(ed|s)?|overdue|still (waiting|no sign|not (here|arrived|delivered))|no sign of my|where is my (order|parcel|package|delivery))\b`,
    String.raw`\btracking (says|has ?n.t moved|hasn't moved|not updated)`,
    String.raw`\b(delivery|shipping|parcel|order)\b[^.!?]{0,40}\b(took|weeks?|window was|never came|nothing)\b`,
    String.raw`\b(promised|supposed to arrive)\b[^.!?]{0,40}\barrived\b`,
    String.raw`\b(next-day|next day|express|fast)\b[^.!?]{0,30}\b(delivery|shipping)\b[^.!?]{0,40}\b(weeks?|days?|month)\b`,
    String.raw`'(next-day|next day) delivery'|'fast' delivery|'express shipping'`,
    String.raw`toujours pas (recu|livre)|pas encore (recu|livre)|en retard|\bretard\b`,
    String.raw`verspatet|uberfallig|noch (nicht|immer nicht) (da|angekommen|geliefert)`,
    String.raw`\bretraso\b|todavia no (llega|ha llegado)|no ha llegado`,
  ),
  billing: any(
    String.raw`\b(charged|charge[sd]?|double[- ]charged|refund(ed|s)?|invoice|overcharg\w*|billing|price (went|is going) up|price rise)\b`,
    String.raw`\bfactur\w*|\bremboursement|\brechnung\b|\bcobr(o|ado|aron)\b|\breembolso\b`,
  ),
  support: any(
    String.raw`\b(nobody|no one|noone) (answers|replies|responds|gets back|picks up)\b`,
    String.raw`\b(hold|wait(ed|ing)?) (on|for) (the )?(support|phone|line|chat)\b|\bsupport line\b|\bminute hold\b|\bon hold\b`,
    String.raw`\bkeine? (support|antwort)\b`,
    String.raw`\bno (reply|answer|response) (to|from)\b`,
    String.raw`injoignable|personne ne (repond|reponde)|niemand (antwortet|meldet)|nadie (responde|contesta)`,
  ),
  quality: any(
    String.raw`\b(quality|broke|broken|breaks?|damaged|defective|faulty|cheap(ly)? made|fell apart|stopped working)\b`,
    String.raw`\bqualite\b|\bqualitat\b|\bcalidad\b|\bcasse\b|\bkaputt\b|\broto\b`,
  ),
  website: any(
    String.raw`\b(app|website|site|checkout|login|log in|logged (me )?out|password)\b[^.!?]{0,40}\b(crash\w*|down|broken|again|error|fail\w*|logged|bug\w*)\b`,
    String.raw`\b(crash\w*)\b[^.!?]{0,30}\b(checkout|app|website|site)\b`,
  ),
  safety: any(
    String.raw`\b(allerg\w*|caught fire|on fire|burn(ed|t)?|injur\w*|hurt|hospital|a&e|emergency room|choking|poison\w*|unsafe|dangerous)\b`,
    String.raw`\b(bless(e|ure)|incendie|verletz\w*|brand|herido|incendio)\b`,
  ),
};

const NEGATIVE = any(
  String.raw`\b(disappoint\w*|terrible|awful|horrible|worst|useless|unacceptable|ridiculous|angry|furious|annoy\w*|frustrat\w*|fed up|scam|rip-?off)\b`,
  String.raw`\b(not|never|no longer) (impressed|happy|good|working|great|ok|acceptable)\b`,
  String.raw`\bnothing\.?$|\bagain\.?$|\bthird time\b|\bno explanation\b|\bstill waiting\b|\bwhat'?s going on\b`,
  String.raw`\b(damaged|broken|defective|crashed|delayed|late|overdue|charged (my card|me) (twice|three times)|nobody answers)\b`,
  String.raw`\bdropped a lot\b|\b(went|go|goes|gone) up\b|\bon hold\b`,
  String.raw`decu|decevant|nul\b|injoignable|toujours pas|inadmissible`,
  String.raw`enttauscht|leider|schlecht|argerlich|verspatet|uberfallig|\bkeine? (support|antwort)\b`,
  String.raw`decepcion\w*|fatal\b|nadie responde|retraso`,
);

const POSITIVE = any(
  String.raw`\b(love[ds]?|loving|great|best|thanks?|thank you|impressive|impressed|brilliant|gorgeous|beautiful(ly)?|happy|thrilled|wonderful|amazing|excellent|fantastic|perfect|awesome|recommend\w*|congrat\w*|well deserved|well packed|five stars|ten stars|made my week|sorted)\b`,
  String.raw`\b(bravo|merci|superbe|super|genial|formidable|recommande|impeccable|beau travail)\b`,
  String.raw`\b(danke|klasse|toll|begeistert|top|prima|freundlich)\b`,
  String.raw`\b(encanta|maravilla|increible|gracias|genial|recomiendo|excelente)\b`,
  String.raw`👏|❤️|😍|🙌|🎉`,
);

/** Praise that means the opposite: a sarcasm marker with a complaint, or praise of something bad. */
const SARCASM_MARKER = any(
  String.raw`🙃|🙄|😒|🤡`,
  String.raw`^(oh )?(sure|great|wonderful|wow|brilliant|fantastic|perfect)[,!.]`,
  String.raw`^oh (sure|wonderful|great|perfect|brilliant)\b`,
  String.raw`\b(truly|such|so) (cutting-edge|innovative|service|professional)\b`,
  String.raw`\blove (paying|waiting|it when)\b`,
  String.raw`['"](fast|express|quick|next-day|next day|premium|easy|free)[a-z -]{0,20}['"]`,
  String.raw`\b(which|what) month\b`,
  String.raw`\b(great|amazing|nice) (deal|job)\b[^.!?]*[.!]?\s*😂`,
);

const QUESTION_START = any(
  String.raw`^(do|does|did|is|are|was|can|could|will|would|should|how|what|when|where|why|which|who|any)\b(?!')`,
  String.raw`^(est-ce|est ce|vous|pouvez|quand|comment|ou|pourquoi|combien|y a-t-il)\b`,
  String.raw`^(gibt es|habt ihr|konnt ihr|liefert|wann|wie|wo|warum|ist|sind|kann)\b`,
  String.raw`^[¿]`,
);

const LANGUAGE_HINTS: [string, RegExp][] = [
  ['fr', /\b(je|vous|nous|est|pas|les|des|une|pour|avec|tres|merci|bravo|c'est|toujours|depuis)\b/],
  ['de', /\b(ich|und|die|der|das|nicht|ist|sehr|seit|gibt|auch|eine|danke|klasse|wir|ihr)\b/],
  ['es', /\b(el|los|las|mi|por|para|que|muy|todo|gracias|pedido|hace|lleva|nadie)\b|[¿¡]/],
  ['en', /\b(the|and|you|my|is|was|for|this|with|your|still|thanks|love|order)\b/],
];

/** The primary language a comment is in: the page's statement if any, else the words it uses. */
export function guessLanguage(text: string, stated?: string): string {
  if (stated) return stated.split('-')[0]!.toLowerCase();
  const folded = fold(text);
  let best = 'und';
  let bestScore = 0;
  for (const [lang, pattern] of LANGUAGE_HINTS) {
    const score = folded.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
}

/** What needs a person beyond the crisis words every reading checks (utils/safety/signals.ts). */
const PERSONAL_WORDS = any(
  String.raw`\b(solicitor|consumer protection|ombudsman|trading standards|small claims|court|police|regulator)\b`,
  String.raw`\b(anwalt|verbraucherschutz|abogado|denuncia|tribunal)\b`,
);

/** Topics that are complaints, whatever words surround them. */
const COMPLAINT_TOPICS: readonly Topic[] = ['late-delivery', 'support', 'website', 'safety'];

/** The local reading of one comment: no model, no network, a few regular expressions. */
export function readLocally(
  text: string,
  options: { lang?: string; personalTopics?: readonly string[] } = {},
): ItemReading {
  const folded = fold(text);
  const topics = TOPICS.filter((topic) => TOPIC_WORDS[topic].test(folded));
  const signals = localSignals(text, options.personalTopics ?? []);
  const positive = POSITIVE.test(folded);
  // A legal threat, a crisis or a danger is bad news whatever its words.
  const alarming = signals.crisisWords.length > 0 || topics.includes('safety') || PERSONAL_WORDS.test(folded);
  const negativeWords = NEGATIVE.test(folded) || topics.some((t) => COMPLAINT_TOPICS.includes(t));
  const marked = SARCASM_MARKER.test(folded.trim());
  const scareQuotes = /['"](fast|express|quick|next-day|next day|premium|easy|free)\b/.test(folded);
  const sarcasm = marked && (negativeWords || positive || scareQuotes) && /[a-z]/.test(folded);
  const negative = sarcasm || negativeWords || (alarming && !positive);
  const personal = alarming || signals.personalTopics.length > 0;
  // A rhetorical question in a sarcastic comment is not one to answer.
  const asks = !sarcasm && (folded.includes('?') || QUESTION_START.test(folded.trim()));
  const sentiment: Sentiment = negative ? 'negative' : positive ? 'positive' : 'neutral';
  const intent: Intent = signals.injection
    ? 'spam'
    : asks
      ? 'question'
      : negative
        ? 'complaint'
        : positive
          ? 'praise'
          : 'other';
  return {
    sentiment,
    intent,
    sarcasm,
    personal,
    language: guessLanguage(text, options.lang),
    topics,
    by: 'local',
  };
}
