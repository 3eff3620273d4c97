import { EMOJI_POLICIES, HASHTAG_POLICIES, type BrandProfile } from '@/utils/brand/profile';
import { t } from '@/utils/i18n/i18n';
import { Choice, LinesField, NumberField, TextField } from './fields';

type Rules = BrandProfile['rules'];

interface Props {
  rules: Rules;
  /** Field path → message, as the profile's validation gives them. */
  errors: Record<string, string>;
  onChange: (patch: Partial<Rules>) => void;
}

/** The brand's rules: do and don't, banned words, emoji and hashtags, lengths, sign-off, personal topics. */
export function RulesFields({ rules, errors, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('editor.rules')}</legend>
      <LinesField
        label={t('editor.do')}
        value={rules.do}
        onChange={(v) => onChange({ do: v })}
        error={errors['rules.do']}
      />
      <LinesField
        label={t('editor.dont')}
        value={rules.dont}
        onChange={(v) => onChange({ dont: v })}
        error={errors['rules.dont']}
      />
      <LinesField
        label={t('editor.banned')}
        value={rules.bannedWords}
        onChange={(v) => onChange({ bannedWords: v })}
        error={errors['rules.bannedWords']}
      />
      <div className="row">
        <Choice
          label={t('editor.emoji')}
          value={rules.emoji}
          onChange={(v) => onChange({ emoji: v })}
          options={EMOJI_POLICIES.map((p) => ({
            value: p,
            label: {
              none: t('editor.emojiNone'),
              sparing: t('editor.emojiSparing'),
              free: t('editor.free'),
            }[p],
          }))}
        />
        <Choice
          label={t('editor.hashtags')}
          value={rules.hashtags}
          onChange={(v) => onChange({ hashtags: v })}
          options={HASHTAG_POLICIES.map((p) => ({
            value: p,
            label: {
              never: t('editor.hashtagsNever'),
              suggested: t('editor.hashtagsSuggested'),
              free: t('editor.free'),
            }[p],
          }))}
        />
        <NumberField
          label={t('editor.maxX')}
          min={20}
          max={280}
          value={rules.maxLength.x}
          onChange={(x) => onChange({ maxLength: { ...rules.maxLength, x } })}
          error={errors['rules.maxLength.x']}
        />
        <NumberField
          label={t('editor.maxLinkedIn')}
          min={20}
          max={1250}
          value={rules.maxLength.linkedin}
          onChange={(linkedin) => onChange({ maxLength: { ...rules.maxLength, linkedin } })}
          error={errors['rules.maxLength.linkedin']}
        />
      </div>
      <TextField
        label={t('editor.signOff')}
        value={rules.signOff}
        onChange={(v) => onChange({ signOff: v })}
        error={errors['rules.signOff']}
        hint={t('editor.signOffHint')}
      />
      <LinesField
        label={t('editor.personal')}
        value={rules.personalTopics}
        onChange={(v) => onChange({ personalTopics: v })}
        error={errors['rules.personalTopics']}
        hint={t('editor.personalHint')}
      />
    </fieldset>
  );
}
