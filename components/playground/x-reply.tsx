import 'draft-js/dist/Draft.css';
import { Editor, EditorState } from 'draft-js';
import { useId, useState } from 'react';
import { t } from '@/utils/i18n/i18n';

/**
 * An X-like reply dialog with the real Draft.js editor and X's markers (data-testid), so the extension's
 * X adapter recognises it exactly as on x.com. Reply is enabled by the editor's own state, as on X.
 */
export function XReply({ onSubmitAttempt }: { onSubmitAttempt: () => void }) {
  const [state, setState] = useState(() => EditorState.createEmpty());
  const titleId = useId();
  const hasText = state.getCurrentContent().getPlainText().trim().length > 0;
  return (
    <section role="dialog" aria-modal="false" aria-labelledby={titleId} className="pg-card pg-x">
      <h2 id={titleId}>{t('playground.x.title')}</h2>
      <article data-testid="tweet" className="pg-post">
        <div data-testid="User-Name">
          <div>
            <span>{t('playground.sample.author')}</span>
          </div>
          <div>
            <span>@lea_m</span>
          </div>
        </div>
        <div data-testid="tweetText" lang="fr">
          <span>{t('playground.sample.tweetFr')}</span>
        </div>
      </article>
      <div data-testid="tweetTextarea_0_label" className="pg-editor">
        <Editor
          editorState={state}
          onChange={setState}
          placeholder={t('playground.x.placeholder')}
          webDriverTestID="tweetTextarea_0"
          ariaLabel={t('playground.x.editor')}
        />
      </div>
      <div data-testid="toolBar" className="pg-toolbar">
        <div className="pg-tools" />
        <button
          type="button"
          data-testid="tweetButton"
          className="primary"
          disabled={!hasText}
          onClick={onSubmitAttempt}
        >
          {t('playground.x.reply')}
        </button>
      </div>
    </section>
  );
}
