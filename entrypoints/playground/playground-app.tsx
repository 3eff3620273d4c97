import { useState } from 'react';
import { LinkedInComment } from '@/components/playground/linkedin-comment';
import { XReply } from '@/components/playground/x-reply';
import { t } from '@/utils/i18n/i18n';

/** Practice: an X-like and a LinkedIn-like reply box where “Suggest reply” and Insert work as on the sites. */
export function PlaygroundApp() {
  const [notice, setNotice] = useState('');
  const attempt = (): void => setNotice(t('playground.notice'));
  return (
    <main className="playground">
      <h1>
        <span aria-hidden="true">✦</span> {t('playground.title')}
      </h1>
      <p className="hint">{t('playground.hint', [t('page.suggest'), t('draft.insert')])}</p>
      <div className="pg-grid">
        <XReply onSubmitAttempt={attempt} />
        <LinkedInComment onSubmitAttempt={attempt} />
      </div>
      <p className="notice-line" role="status">
        {notice}
      </p>
    </main>
  );
}
