import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, useState } from 'react';
import { t } from '@/utils/i18n/i18n';

/**
 * A LinkedIn-like comment thread (the 2026 surface: componentkey attributes, a TipTap editor), so the
 * extension's LinkedIn adapter recognises it exactly as on linkedin.com. The Comment button appears
 * once the box has text, as there.
 */
/** LinkedIn's `componentkey` attribute (not a known React prop; React passes it to the DOM as is). */
const componentKey = (value: string): Record<string, string> => ({ componentkey: value });

export function LinkedInComment({ onSubmitAttempt }: { onSubmitAttempt: () => void }) {
  const mount = useRef<HTMLDivElement>(null);
  const [empty, setEmpty] = useState(true);
  useEffect(() => {
    const editor = new Editor({
      element: mount.current!,
      extensions: [StarterKit],
      editorProps: { attributes: { role: 'textbox', 'aria-label': t('playground.linkedin.editor') } },
    });
    editor.on('update', () => setEmpty(editor.isEmpty));
    return () => editor.destroy();
  }, []);
  return (
    <section className="pg-card pg-linkedin" aria-labelledby="pg-linkedin-title">
      <h2 id="pg-linkedin-title">{t('playground.linkedin.title')}</h2>
      <div {...componentKey('expandedFeed')}>
        <div {...componentKey('urn:li:activity:1')} className="pg-post">
          <a href="https://www.linkedin.com/company/acme/">
            <span>{t('playground.sample.brand')}</span>
          </a>
          <p>
            <span data-testid="expandable-text-box" lang="en">
              {t('playground.sample.post')}
            </span>
          </p>
          <div
            {...componentKey('replaceableComment_urn:li:comment:(urn:li:activity:1,2)')}
            className="pg-comment"
          >
            <a href="https://www.linkedin.com/in/marie/">
              <span>{t('playground.sample.commenter')}</span>
            </a>
            <p>
              <span data-testid="expandable-text-box" lang="fr">
                {t('playground.sample.commentFr')}
              </span>
            </p>
            <div {...componentKey('commentBox-playground')} className="pg-box">
              <div data-testid="ui-core-tiptap-text-editor-wrapper" className="pg-editor" ref={mount} />
              {!empty && (
                <div id="commentButtonSection-playground">
                  <button type="button" className="primary" onClick={onSubmitAttempt}>
                    {t('playground.linkedin.comment')}
                  </button>
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
