import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { ContextSummary } from '@/components/context-summary';
import { DraftCard } from '@/components/draft-card';
import { ProfileBadge } from '@/components/profiles/profile-badge';
import { ErrorNotice } from '@/components/error-notice';
import { copyText, usePanelActions } from '@/components/hooks/use-panel-actions';
import { useSuggestions } from '@/components/hooks/use-suggestions';
import { TriageChips, PersonalBanner } from '@/components/triage-chips';
import { lintDraft, platformLength, withDisclosure } from '@/utils/brand/lint';
import { PLATFORM_LIMITS } from '@/utils/thread/platform';
import { FALLBACK_PROFILE, summarize } from '@/utils/brand/profile';
import { shortenInstruction } from '@/utils/llm/prompt';
import { t } from '@/utils/i18n/i18n';

const nudges = (): string[] => [t('panel.nudge.shorter'), t('panel.nudge.warmer'), t('panel.nudge.formal')];
const angles = (): string[] => [t('panel.angle.thank'), t('panel.angle.answer'), t('panel.angle.engage')];
const NEUTRAL = summarize(FALLBACK_PROFILE);

/** `sessionId` is null while a panel loaded ahead of the click waits, hidden, for its session. */
export function PanelApp({ sessionId }: { sessionId: string | null }) {
  const { state, generate, stop, edit, fix } = useSuggestions(sessionId);
  const { insert, close, openSettings } = usePanelActions(sessionId ?? '');
  const [notice, setNotice] = useState('');
  const [nudge, setNudge] = useState('');
  const [selected, setSelected] = useState(0);
  const generating = state.phase === 'generating' || state.phase === 'connecting';

  useEffect(() => {
    // Close when Escape is released (or soon after it is pressed): removing the frame between keydown
    // and keyup would leave the keyup without a target.
    let pending: number | undefined;
    const finish = (): void => {
      window.clearTimeout(pending);
      pending = undefined;
      void close();
    };
    const onDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || pending !== undefined) return;
      event.preventDefault();
      pending = window.setTimeout(finish, 250);
    };
    const onUp = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && pending !== undefined) finish();
    };
    window.addEventListener('keydown', onDown);
    window.addEventListener('keyup', onUp);
    return () => {
      window.clearTimeout(pending);
      window.removeEventListener('keydown', onDown);
      window.removeEventListener('keyup', onUp);
    };
  }, [close]);

  // Keyboard: ↑ ↓ move between drafts, Enter inserts the chosen one (outside the text fields, where
  // the keys keep their usual meaning). The first draft is chosen when the drafts arrive.
  const draftsRef = useRef<HTMLDivElement>(null);
  const focusDraft = (index: number): void => {
    draftsRef.current?.querySelector<HTMLElement>(`[data-draft="${index}"]`)?.focus();
    setSelected(index);
  };
  const firstReady = state.drafts[0]?.text !== '' && state.phase !== 'connecting';
  useEffect(() => {
    // Once the first draft shows and the panel has the focus, whichever comes last (the page hands the
    // focus over while the drafts stream in, in either order), the keyboard starts on the first draft.
    if (!firstReady) return;
    const focusFirst = (): void => {
      if (!document.hasFocus() || draftsRef.current?.contains(document.activeElement)) return;
      if (document.activeElement && document.activeElement !== document.body) return; // the manager's choice
      draftsRef.current?.querySelector<HTMLElement>('[data-draft="0"]')?.focus();
    };
    focusFirst();
    window.addEventListener('focus', focusFirst, { once: true });
    return () => window.removeEventListener('focus', focusFirst);
  }, [firstReady]);
  const onDraftsKey = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input, select, button')) return;
    const count = state.drafts.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focusDraft((selected + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      const draft = state.drafts[selected];
      if (!draft?.text.trim() || generating) return;
      event.preventDefault();
      draftsRef.current
        ?.querySelector<HTMLButtonElement>(`[data-draft="${selected}"] button.primary`)
        ?.click();
    }
  };

  const regenerate = (extra?: string): void => {
    setNotice('');
    generate({ profileId: state.profileId, nudge: extra });
  };

  const onInsert = async (index: number, text: string): Promise<void> => {
    const draft = state.drafts[index]!;
    setNotice(t('panel.inserting'));
    const result = await insert(text, { profileId: state.profileId, edited: draft.edited });
    if (result.ok) setNotice(t('panel.inserted'));
    else
      setNotice(
        t('panel.problem', [result.error.title, result.error.detail]) +
          (result.copied ? '' : ` ${t('panel.copyFailedToo')}`),
      );
  };

  const onCopy = async (text: string): Promise<void> => {
    setNotice((await copyText(text)) ? t('panel.copied') : t('panel.copyFailed'));
  };

  const current = state.profiles.find((p) => p.id === state.profileId);
  // With no profile yet, drafts are still checked against the platform and the neutral defaults.
  const speaker = current ?? NEUTRAL;
  const showDrafts = state.drafts.some((d) => d.text) || generating;

  return (
    // Loaded ahead of the click, the panel is out of sight and of reach until its session comes.
    <main className="panel" aria-label={t('panel.label')} inert={sessionId === null}>
      <header className="panel-header">
        <span className="brand-mark" aria-hidden="true">
          ✦
        </span>
        <h1>{t('panel.title')}</h1>
        {current && <ProfileBadge profile={current} />}
        {state.profiles.length > 0 && (
          <select
            aria-label={t('panel.profile')}
            value={state.profileId}
            onChange={(event) => generate({ profileId: event.target.value })}
          >
            {state.profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={t('panel.close')}
          onClick={() => void close()}
        >
          ×
        </button>
      </header>

      {state.context && <ContextSummary context={state.context} />}
      <TriageChips triage={state.triage} />
      <PersonalBanner triage={state.triage} />

      <div className="toolbar">
        {generating ? (
          <>
            <span className="status" role="status">
              {t('panel.writing')}
            </span>
            <button type="button" onClick={stop}>
              {t('panel.stop')}
            </button>
          </>
        ) : (
          <>
            <span className="status" role="status">
              {state.phase === 'stopped' ? t('panel.stopped') : state.complete ? '' : t('panel.incomplete')}
            </span>
            <button
              type="button"
              onClick={() => regenerate()}
              disabled={state.phase === 'failed' && !state.configured}
            >
              {t('panel.regenerate')}
            </button>
          </>
        )}
      </div>

      {state.error && (
        <ErrorNotice error={state.error} onOpenSettings={openSettings} onRetry={() => regenerate()} />
      )}

      {showDrafts && (
        <div
          className="drafts"
          ref={draftsRef}
          role="group"
          aria-label={t('panel.drafts')}
          onKeyDown={onDraftsKey}
        >
          {state.drafts.map((draft, index) => {
            const finalText = withDisclosure(draft.text, speaker.disclosure);
            const platform = state.context?.platform ?? 'linkedin';
            const problems = draft.text.trim()
              ? lintDraft(draft.text, speaker.rules, platform, finalText)
              : [];
            const streaming = generating && (state.target === undefined || state.target === index);
            return (
              <DraftCard
                key={index}
                index={index}
                angle={angles()[index] ?? t('panel.angle.other')}
                text={draft.text}
                streaming={streaming}
                incomplete={!generating && !state.complete && Boolean(draft.text)}
                length={platformLength(finalText, platform)}
                limit={PLATFORM_LIMITS[platform]}
                problems={problems}
                disclosure={speaker.disclosure.mode === 'append' ? speaker.disclosure.text.trim() : ''}
                selected={selected === index}
                onSelect={() => setSelected(index)}
                onChange={(text) => edit(index, text)}
                onInsert={() => void onInsert(index, finalText)}
                onCopy={() => void onCopy(finalText)}
                onFix={() =>
                  fix(
                    index,
                    draft.text,
                    problems
                      .filter((p) => p.fixable)
                      .map((p) => p.instruction)
                      .join(' '),
                    state.profileId,
                  )
                }
                onShorten={() =>
                  fix(
                    index,
                    draft.text,
                    shortenInstruction(
                      Math.min(speaker.rules.maxLength[platform], PLATFORM_LIMITS[platform]),
                    ),
                    state.profileId,
                  )
                }
              />
            );
          })}
        </div>
      )}

      <form
        className="nudge"
        onSubmit={(event) => {
          event.preventDefault();
          if (nudge.trim()) regenerate(nudge.trim());
        }}
      >
        <div className="nudge-chips">
          {nudges().map((n) => (
            <button
              key={n}
              type="button"
              className="chip"
              disabled={generating}
              onClick={() => regenerate(n)}
            >
              {n}
            </button>
          ))}
        </div>
        <div className="nudge-row">
          <input
            aria-label={t('panel.askChange')}
            placeholder={t('panel.askChangeExample')}
            value={nudge}
            maxLength={300}
            onChange={(event) => setNudge(event.target.value)}
          />
          <button type="submit" disabled={generating || !nudge.trim()}>
            {t('panel.rewrite')}
          </button>
        </div>
      </form>

      <p className="notice-line" aria-live="polite">
        {notice}
      </p>
      <footer className="panel-footer">{t('panel.footer')}</footer>
    </main>
  );
}
