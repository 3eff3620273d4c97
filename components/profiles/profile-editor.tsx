import { useState, type FormEvent } from 'react';
import { BrandProfileSchema, fieldErrors, type BrandProfile } from '@/utils/brand/profile';
import { BindingsEditor, ExamplesEditor, KnowledgeEditor } from './collections';
import { RulesFields } from './rules-fields';
import { AlertsFields } from './alerts-fields';
import { MemoryFields } from './memory-fields';
import { Choice, Dial, TextArea, TextField } from './fields';
import { t } from '@/utils/i18n/i18n';
import { writeFailure } from '@/utils/storage/db';

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
  const [saveError, setSaveError] = useState('');
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
    setSaveError('');
    setSaving(true);
    try {
      await onSave(result.data);
    } catch (error) {
      // Nothing was written: the stored profile is as it was, and the form keeps every edit.
      setSaveError(writeFailure(error));
    } finally {
      setSaving(false);
    }
  };

  const e = errors;
  const count = Object.keys(errors).length;
  return (
    <form
      className="profile-editor"
      onSubmit={(ev) => void submit(ev)}
      aria-label={t('editor.label', [initial.name])}
      noValidate
    >
      {count > 0 && (
        <p className="notice notice-error" role="alert">
          {t('editor.problems', count, [count])}
        </p>
      )}
      {saveError && (
        <p className="notice notice-error" role="alert">
          {saveError}
        </p>
      )}
      <fieldset>
        <legend>{t('editor.identity')}</legend>
        <div className="row">
          <TextField
            label={t('editor.name')}
            value={profile.name}
            onChange={(v) => set('name', v)}
            error={e.name}
            maxLength={80}
          />
          <label className="field field-narrow">
            <span>{t('editor.color')}</span>
            <input type="color" value={profile.color} onChange={(ev) => set('color', ev.target.value)} />
          </label>
          <TextField
            label={t('editor.badge')}
            value={profile.avatar}
            onChange={(v) => set('avatar', v)}
            error={e.avatar}
            hint={t('editor.badgeHint')}
          />
        </div>
        <TextField
          label={t('editor.description')}
          value={profile.description}
          onChange={(v) => set('description', v)}
          error={e.description}
        />
      </fieldset>

      <fieldset>
        <legend>{t('editor.voiceLegend')}</legend>
        <TextArea
          label={t('editor.voice')}
          value={profile.voice.description}
          onChange={(v) => setVoice({ description: v })}
          error={e['voice.description']}
          placeholder={t('editor.voiceExample')}
        />
        <Dial
          label={t('editor.formality')}
          low={t('editor.formal')}
          high={t('editor.casual')}
          value={profile.voice.formality}
          onChange={(v) => setVoice({ formality: v })}
        />
        <Dial
          label={t('editor.humour')}
          low={t('editor.serious')}
          high={t('editor.playful')}
          value={profile.voice.playfulness}
          onChange={(v) => setVoice({ playfulness: v })}
        />
        <Dial
          label={t('editor.warmth')}
          low={t('editor.reserved')}
          high={t('editor.warm')}
          value={profile.voice.warmth}
          onChange={(v) => setVoice({ warmth: v })}
        />
        <Choice
          label={t('editor.speaksAs')}
          value={profile.voice.person}
          onChange={(v) => setVoice({ person: v })}
          options={[
            { value: 'we', label: t('editor.we') },
            { value: 'I', label: t('editor.i') },
          ]}
        />
        <TextArea
          label={t('editor.audience')}
          value={profile.audience}
          onChange={(v) => set('audience', v)}
          error={e.audience}
          placeholder={t('editor.audienceExample')}
        />
      </fieldset>

      <RulesFields rules={profile.rules} errors={e} onChange={setRules} />

      <KnowledgeEditor value={profile.knowledge} onChange={(v) => set('knowledge', v)} errors={errors} />
      <ExamplesEditor value={profile.examples} onChange={(v) => set('examples', v)} errors={errors} />

      <fieldset>
        <legend>{t('editor.languages')}</legend>
        <div className="row">
          <TextField
            label={t('editor.defaultLanguage')}
            value={profile.languages.default}
            onChange={(v) => set('languages', { ...profile.languages, default: v })}
            error={e['languages.default']}
            hint={t('editor.defaultLanguageHint')}
          />
          <label className="check">
            <input
              type="checkbox"
              checked={profile.languages.matchCommenter}
              onChange={(ev) => set('languages', { ...profile.languages, matchCommenter: ev.target.checked })}
            />{' '}
            {t('editor.matchCommenter')}
          </label>
        </div>
      </fieldset>

      <BindingsEditor value={profile.bindings} onChange={(v) => set('bindings', v)} errors={errors} />

      <AlertsFields alerts={profile.alerts} errors={e} onChange={(v) => set('alerts', v)} />
      <MemoryFields memory={profile.memory} errors={e} onChange={(v) => set('memory', v)} />

      <fieldset>
        <legend>{t('editor.honest')}</legend>
        <div className="row">
          <Choice
            label={t('editor.disclosure')}
            value={profile.disclosure.mode}
            onChange={(mode) => set('disclosure', { ...profile.disclosure, mode })}
            options={[
              { value: 'off', label: t('editor.disclosureOff') },
              { value: 'append', label: t('editor.disclosureAppend') },
            ]}
          />
          <TextField
            label={t('editor.disclosureText')}
            value={profile.disclosure.text}
            onChange={(text) => set('disclosure', { ...profile.disclosure, text })}
            error={e['disclosure.text']}
            hint={t('editor.disclosureHint')}
          />
        </div>
      </fieldset>

      <div className="row sticky-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
