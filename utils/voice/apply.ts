import type { BrandProfile } from '@/utils/brand/profile';
import type { Proposal } from './schema';

/**
 * One accepted proposal, written into the profile it was learnt for: a descriptor joins the voice's
 * description, a rule joins its list, a post becomes an example with its address and date. Returns the
 * profile unchanged when it already says so. The caller saves it (utils/brand/store.ts validates).
 */
export function applyProposal(profile: BrandProfile, proposal: Proposal): BrandProfile {
  const text = proposal.text.trim();
  const has = (list: readonly string[]): boolean => list.some((x) => x.toLowerCase() === text.toLowerCase());
  switch (proposal.kind) {
    case 'descriptor': {
      const current = profile.voice.description.trim();
      if (current.toLowerCase().includes(text.toLowerCase())) return profile;
      const description = current ? `${current.replace(/[\s.;,]+$/, '')}; ${text}` : text;
      return { ...profile, voice: { ...profile.voice, description } };
    }
    case 'do':
    case 'dont': {
      const list = profile.rules[proposal.kind];
      if (has(list)) return profile;
      return { ...profile, rules: { ...profile.rules, [proposal.kind]: [...list, text] } };
    }
    case 'example': {
      const url = proposal.source?.url;
      if (profile.examples.some((e) => (url && e.source?.url === url) || e.reply === text)) return profile;
      return {
        ...profile,
        examples: [
          ...profile.examples,
          {
            id: crypto.randomUUID(),
            comment: '',
            reply: text,
            ...(proposal.source ? { source: proposal.source } : {}),
          },
        ],
      };
    }
  }
}
