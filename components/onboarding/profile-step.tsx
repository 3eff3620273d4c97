import { useState } from 'react';
import { saveProfile } from '@/utils/brand/store';
import { fromTemplate, templateLabel, TEMPLATES, type ProfileTemplate } from '@/utils/brand/templates';
import { t } from '@/utils/i18n/i18n';
import { Field } from '@/components/field';
import { useProfiles } from '@/components/hooks/use-profiles';

/** Step 2: a first brand profile from a template, named in one go; the rest can be refined later. */
export function ProfileStep() {
  const { profiles, defaultId } = useProfiles();
  const [template, setTemplate] = useState<ProfileTemplate['id']>('cafe');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const create = async (): Promise<void> => {
    const profile = fromTemplate(template);
    if (name.trim()) profile.name = name.trim();
    await saveProfile(profile);
    setCreated(profile.name);
    setName('');
  };

  const current = profiles?.find((p) => p.id === defaultId);
  return (
    <>
      <p className="hint">{t('onboarding.profile.hint')}</p>
      {current && (
        <p className="ok">
          {t('onboarding.profile.current', profiles!.length, [profiles!.length, current.name])}
        </p>
      )}
      <div className="row">
        <label className="field field-narrow">
          <span>{t('profiles.startFrom')}</span>
          <select value={template} onChange={(e) => setTemplate(e.target.value as ProfileTemplate['id'])}>
            {TEMPLATES.map((option) => (
              <option key={option.id} value={option.id}>
                {templateLabel(option.id)}
              </option>
            ))}
          </select>
        </label>
        <Field label={t('onboarding.profile.name')} hint={t('onboarding.profile.nameHint')}>
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={60}
              placeholder={templateLabel(template)}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
      </div>
      <button type="button" className="primary" onClick={() => void create()}>
        {t('onboarding.profile.create')}
      </button>
      <p role="status" className="ok">
        {created && t('onboarding.profile.created', [created])}
      </p>
    </>
  );
}
