import { useState, type FormEvent } from 'react';
import { Choice, TextArea, TextField } from '@/components/profiles/fields';
import { fieldErrors, type BrandProfile } from '@/utils/brand/profile';
import { SavedReplySchema, SAVED_LIMITS, type SavedReply } from '@/utils/saved/schema';
import { hasIssues, templateIssues, VARIABLE_LIST, VARIABLES } from '@/utils/saved/template';
import { t } from '@/utils/i18n/i18n';
import { writeFailure } from '@/utils/storage/db';

interface Props {
  initial: SavedReply;
  profiles: readonly BrandProfile[];
  onSave: (reply: SavedReply) => Promise<void>;
  onCancel: () => void;
}

const PLATFORM_CHOICES = ['any', 'x', 'linkedin', 'web'] as const;
type PlatformChoice = (typeof PLATFORM_CHOICES)[number];

/** What is wrong with the body as the manager types it (unknown variables, unbalanced [[ ]]), or ''. */
function liveProblem(body: string): string {
  const issues = templateIssues(body);
  if (!hasIssues(issues)) return '';
  if (issues.unknown.length) return t('saved.validation.unknown', [issues.unknown.join(', '), VARIABLE_LIST]);
  return issues.unbalanced ? t('saved.validation.unbalanced') : t('saved.validation.emptyRequired');
}

/** One saved reply: its profile, title, text with variables, tags, language and platform. */
export function SavedEditor({ initial, profiles, onSave, onCancel }: Props) {
  // A reply whose profile is gone (a library update removed it) is offered the first profile instead.
  const [reply, setReply] = useState(() =>
    profiles.some((p) => p.id === initial.profileId) || !profiles[0]
      ? initial
      : { ...initial, profileId: profiles[0].id },
  );
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof SavedReply>(key: K, value: SavedReply[K]) =>
    setReply((r) => ({ ...r, [key]: value }));
  const live = liveProblem(reply.body);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const candidate = {
      ...reply,
      tags: tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    };
    const result = SavedReplySchema.safeParse(candidate);
    if (!result.success) return setErrors(fieldErrors(result.error));
    setErrors({});
    setSaveError('');
    setSaving(true);
    try {
      await onSave(result.data);
    } catch (error) {
      // Nothing was written: the form keeps every edit.
      setSaveError(writeFailure(error));
    } finally {
      setSaving(false);
    }
  };

  const platformLabel = (choice: PlatformChoice): string =>
    choice === 'any'
      ? t('saved.platformAny')
      : choice === 'web'
        ? t('saved.platformWeb')
        : choice === 'x'
          ? 'X'
          : 'LinkedIn';
  const count = Object.keys(errors).length;
  return (
    <form
      className="profile-editor"
      aria-label={t('saved.editorLabel', [initial.title || t('saved.new')])}
      onSubmit={(event) => void submit(event)}
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
      <div className="row">
        <Choice
          label={t('saved.profile')}
          value={reply.profileId}
          onChange={(profileId) => set('profileId', profileId)}
          options={profiles.map((p) => ({ value: p.id, label: p.name }))}
        />
        <TextField
          label={t('saved.title')}
          value={reply.title}
          onChange={(title) => set('title', title)}
          error={errors.title}
          maxLength={SAVED_LIMITS.title + 20}
          placeholder={t('saved.titleExample')}
        />
      </div>
      <TextArea
        label={t('saved.body')}
        value={reply.body}
        rows={6}
        onChange={(body) => {
          set('body', body);
          // What the last save found is replaced by what the body says now.
          setErrors(({ body: _body, ...others }) => others);
        }}
        error={errors.body ?? (live || undefined)}
        placeholder={t('saved.bodyExample', [
          '{first_name}',
          `{field:${t('saved.exampleField')}}`,
          '[[',
          ']]',
        ])}
        hint={t('saved.bodyHint', [VARIABLES.map((v) => `{${v}}`).join(' '), '{field:…}', '[[', ']]'])}
      />
      <div className="row">
        <TextField
          label={t('saved.tags')}
          value={tags}
          onChange={setTags}
          error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
          hint={t('saved.tagsHint')}
        />
        <TextField
          label={t('saved.language')}
          value={reply.language}
          onChange={(language) => set('language', language)}
          error={errors.language}
          hint={t('editor.defaultLanguageHint')}
        />
        <Choice<PlatformChoice>
          label={t('saved.platform')}
          value={reply.platform ?? 'any'}
          onChange={(choice) => set('platform', choice === 'any' ? undefined : choice)}
          options={PLATFORM_CHOICES.map((value) => ({ value, label: platformLabel(value) }))}
        />
      </div>
      <div className="row sticky-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('saved.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
