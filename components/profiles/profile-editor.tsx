import { useState, type FormEvent } from 'react';
import {
  BrandProfileSchema,
  EMOJI_POLICIES,
  fieldErrors,
  HASHTAG_POLICIES,
  type BrandProfile,
} from '@/utils/brand/profile';
import { BindingsEditor, ExamplesEditor, KnowledgeEditor } from './collections';
import { Choice, Dial, LinesField, NumberField, TextArea, TextField } from './fields';

interface Props {
  initial: BrandProfile;
  onSave: (profile: BrandProfile) => Promise<void>;
  onCancel: () => void;
}

const clean = (lines: string[]): string[] => lines.map((l) => l.trim()).filter(Boolean);

/** Trims list fields and drops empty lines, as the manager would expect, before validation. */
function normalized(p: BrandProfile): BrandProfile {
  return {
    ...p,
    rules: {
      ...p.rules,
      do: clean(p.rules.do),
      dont: clean(p.rules.dont),
      bannedWords: clean(p.rules.bannedWords),
      personalTopics: clean(p.rules.personalTopics),
    },
    bindings: p.bindings.filter((b) => b.account.trim()),
  };
}

/** Every part of a brand profile, validated as a whole on save, with each message on its own field. */
export function ProfileEditor({ initial, onSave, onCancel }: Props) {
  const [profile, setProfile] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof BrandProfile>(key: K, value: BrandProfile[K]) =>
    setProfile((p) => ({ ...p, [key]: value }));
  const setVoice = (patch: Partial<BrandProfile['voice']>) =>
    setProfile((p) => ({ ...p, voice: { ...p.voice, ...patch } }));
  const setRules = (patch: Partial<BrandProfile['rules']>) =>
    setProfile((p) => ({ ...p, rules: { ...p.rules, ...patch } }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const candidate = normalized(profile);
    const result = BrandProfileSchema.safeParse(candidate);
    if (!result.success) {
      setErrors(fieldErrors(result.error));
      return;
    }
    setErrors({});
    setSaving(true);
    await onSave(result.data);
    setSaving(false);
  };

  const e = errors;
  const count = Object.keys(errors).length;
  return (
    <form
      className="profile-editor"
      onSubmit={(ev) => void submit(ev)}
      aria-label={`Edit ${initial.name}`}
      noValidate
    >
      {count > 0 && (
        <p className="notice notice-error" role="alert">
          {count === 1 ? 'One field needs attention' : `${count} fields need attention`}: see the messages
          below. Nothing was saved yet.
        </p>
      )}
      <fieldset>
        <legend>Identity</legend>
        <div className="row">
          <TextField
            label="Profile name"
            value={profile.name}
            onChange={(v) => set('name', v)}
            error={e.name}
            maxLength={80}
          />
          <label className="field field-narrow">
            <span>Colour</span>
            <input type="color" value={profile.color} onChange={(ev) => set('color', ev.target.value)} />
          </label>
          <TextField
            label="Badge"
            value={profile.avatar}
            onChange={(v) => set('avatar', v)}
            error={e.avatar}
            hint="An emoji or two letters."
          />
        </div>
        <TextField
          label="Short description"
          value={profile.description}
          onChange={(v) => set('description', v)}
          error={e.description}
        />
      </fieldset>

      <fieldset>
        <legend>Voice</legend>
        <TextArea
          label="Voice"
          value={profile.voice.description}
          onChange={(v) => setVoice({ description: v })}
          error={e['voice.description']}
          placeholder="Warm and witty, short sentences…"
        />
        <Dial
          label="Formality"
          low="formal"
          high="casual"
          value={profile.voice.formality}
          onChange={(v) => setVoice({ formality: v })}
        />
        <Dial
          label="Humour"
          low="serious"
          high="playful"
          value={profile.voice.playfulness}
          onChange={(v) => setVoice({ playfulness: v })}
        />
        <Dial
          label="Warmth"
          low="reserved"
          high="warm"
          value={profile.voice.warmth}
          onChange={(v) => setVoice({ warmth: v })}
        />
        <Choice
          label="Speaks as"
          value={profile.voice.person}
          onChange={(v) => setVoice({ person: v })}
          options={[
            { value: 'we', label: '“we” (the brand)' },
            { value: 'I', label: '“I” (a person)' },
          ]}
        />
        <TextArea
          label="Audience"
          value={profile.audience}
          onChange={(v) => set('audience', v)}
          error={e.audience}
          placeholder="Who they are and what they care about."
        />
      </fieldset>

      <fieldset>
        <legend>Rules</legend>
        <LinesField
          label="Do"
          value={profile.rules.do}
          onChange={(v) => setRules({ do: v })}
          error={e['rules.do']}
        />
        <LinesField
          label="Don’t"
          value={profile.rules.dont}
          onChange={(v) => setRules({ dont: v })}
          error={e['rules.dont']}
        />
        <LinesField
          label="Banned words and phrases"
          value={profile.rules.bannedWords}
          onChange={(v) => setRules({ bannedWords: v })}
          error={e['rules.bannedWords']}
        />
        <div className="row">
          <Choice
            label="Emoji"
            value={profile.rules.emoji}
            onChange={(v) => setRules({ emoji: v })}
            options={EMOJI_POLICIES.map((p) => ({
              value: p,
              label: { none: 'None', sparing: 'Sparing', free: 'Free' }[p],
            }))}
          />
          <Choice
            label="Hashtags"
            value={profile.rules.hashtags}
            onChange={(v) => setRules({ hashtags: v })}
            options={HASHTAG_POLICIES.map((p) => ({
              value: p,
              label: { never: 'Never', suggested: 'Only suggested', free: 'Free' }[p],
            }))}
          />
          <NumberField
            label="Max length on X"
            min={20}
            max={280}
            value={profile.rules.maxLength.x}
            onChange={(x) => setRules({ maxLength: { ...profile.rules.maxLength, x } })}
            error={e['rules.maxLength.x']}
          />
          <NumberField
            label="Max length on LinkedIn"
            min={20}
            max={1250}
            value={profile.rules.maxLength.linkedin}
            onChange={(linkedin) => setRules({ maxLength: { ...profile.rules.maxLength, linkedin } })}
            error={e['rules.maxLength.linkedin']}
          />
        </div>
        <TextField
          label="Sign-off"
          value={profile.rules.signOff}
          onChange={(v) => setRules({ signOff: v })}
          error={e['rules.signOff']}
          hint="Added at the end of every reply, e.g. “— Léa”. Leave empty for none."
        />
        <LinesField
          label="Topics handled personally"
          value={profile.rules.personalTopics}
          onChange={(v) => setRules({ personalTopics: v })}
          error={e['rules.personalTopics']}
          hint="One per line. Drafts on these only acknowledge and hand over to a person."
        />
      </fieldset>

      <KnowledgeEditor value={profile.knowledge} onChange={(v) => set('knowledge', v)} errors={errors} />
      <ExamplesEditor value={profile.examples} onChange={(v) => set('examples', v)} errors={errors} />

      <fieldset>
        <legend>Languages</legend>
        <div className="row">
          <TextField
            label="Default language"
            value={profile.languages.default}
            onChange={(v) => set('languages', { ...profile.languages, default: v })}
            error={e['languages.default']}
            hint="A code: en, fr, de, zh-CN…"
          />
          <label className="check">
            <input
              type="checkbox"
              checked={profile.languages.matchCommenter}
              onChange={(ev) => set('languages', { ...profile.languages, matchCommenter: ev.target.checked })}
            />{' '}
            Reply in the commenter’s language
          </label>
        </div>
      </fieldset>

      <BindingsEditor value={profile.bindings} onChange={(v) => set('bindings', v)} errors={errors} />

      <fieldset>
        <legend>Honest about AI</legend>
        <div className="row">
          <Choice
            label="AI disclosure"
            value={profile.disclosure.mode}
            onChange={(mode) => set('disclosure', { ...profile.disclosure, mode })}
            options={[
              { value: 'off', label: 'Off' },
              { value: 'append', label: 'Append a short text to inserted replies' },
            ]}
          />
          <TextField
            label="Disclosure text"
            value={profile.disclosure.text}
            onChange={(text) => set('disclosure', { ...profile.disclosure, text })}
            error={e['disclosure.text']}
            hint="For example “(drafted with AI, checked by our team)”."
          />
        </div>
      </fieldset>

      <div className="row sticky-actions">
        <button type="submit" className="primary" disabled={saving}>
          Save profile
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
