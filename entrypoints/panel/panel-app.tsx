import { useCallback, useRef, useState } from 'react';
import { ContextSummary } from '@/components/context-summary';
import { DraftCard } from '@/components/draft-card';
import { ErrorNotice } from '@/components/error-notice';
import { copyText, usePanelActions } from '@/components/hooks/use-panel-actions';
import { usePanelKeys } from '@/components/hooks/use-panel-keys';
import { useSuggestions } from '@/components/hooks/use-suggestions';
import { useReallyVisible } from '@/components/hooks/use-visibility';
import { StatusBar } from '@/components/panel/status-bar';
import { ProfileBadge } from '@/components/profiles/profile-badge';
import { PanelTabs, type PanelTab } from '@/components/saved/panel-tabs';
import { SavedTab, type SavedRef } from '@/components/saved/saved-tab';
import { TriageChips, PersonalBanner } from '@/components/triage-chips';
import { MemoryLine } from '@/components/panel/memory-line';
import { lintDraft, platformLength, replyLimit, withDisclosure } from '@/utils/brand/lint';
import { FALLBACK_PROFILE, summarize } from '@/utils/brand/profile';
import { t } from '@/utils/i18n/i18n';
import { shortenInstruction } from '@/utils/llm/instructions';
import { cleanOutgoingText } from '@/utils/text/clean';
import { venueOf } from '@/utils/thread/venue';

const nudges = (): string[] => [t('panel.nudge.shorter'), t('panel.nudge.warmer'), t('panel.nudge.formal')];
const angles = (): string[] => [t('panel.angle.thank'), t('panel.angle.answer'), t('panel.angle.engage')];
const NEUTRAL = summarize(FALLBACK_PROFILE);

/** The suggestion panel. Until the background hands it its session (a panel loaded ahead of the click waits, hidden), it is inert. */
export function PanelApp() {
  const { state, generate, stop, retryNow, edit, fix, answerSelection, forget, adapt, savedCopied } =
    useSuggestions();
  const sessionId = state.sessionId ?? '';
  const { insert, close, openSettings } = usePanelActions(sessionId);
  const [ownNotice, setOwnNotice] = useState({ text: '', seenSelection: 0 });
  // The last word goes to the panel's own notice, unless "use my selection" answered after it.
  const notice = (state.noSelection ?? 0) > ownNotice.seenSelection ? t('panel.noSelection') : ownNotice.text;
  const setNotice = (text: string): void => setOwnNotice({ text, seenSelection: state.noSelection ?? 0 });
  const [nudge, setNudge] = useState('');
  const [tab, setTab] = useState<PanelTab>('drafts');
  const showSaved = useCallback(() => setTab('saved'), []);
  const generating = state.phase === 'generating' || state.phase === 'connecting';
  const mainRef = useRef<HTMLElement>(null);
  const isVisible = useReallyVisible(useCallback(() => mainRef.current, []));

  /** Acts only while the manager can really see the panel: a page that covers or hides it gets nothing. */
  const guarded =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A): void => {
      if (!isVisible()) return setNotice(t('panel.covered'));
      action(...args);
    };

  const { draftsRef, selected, setSelected, onDraftsKey } = usePanelKeys({
    close: useCallback(() => void close(), [close]),
    count: state.drafts.length,
    firstReady: state.drafts[0]?.text !== '' && state.phase !== 'connecting',
    canInsert: (index) => Boolean(state.drafts[index]?.text.trim()) && !generating,
  });

  const regenerate = guarded((extra?: string, force = false): void => {
    setNotice('');
    generate({ profileId: state.profileId, nudge: extra, ...(force ? { force: true } : {}) });
  });

  const insertText = async (text: string, edited: boolean, saved?: SavedRef): Promise<void> => {
    setNotice(t('panel.inserting'));
    const result = await insert(cleanOutgoingText(text), {
      profileId: state.profileId,
      edited,
      ...(saved ? { saved } : {}),
    });
    if (result.ok) setNotice(t('panel.inserted'));
    else
      setNotice(
        t('panel.problem', [result.error.title, result.error.detail]) +
          (result.copied ? '' : ` ${t('panel.copyFailedToo')}`),
      );
  };
  const onInsert = guarded(
    (index: number, text: string) => void insertText(text, state.drafts[index]!.edited),
  );

  const onCopy = async (text: string): Promise<void> => {
    setNotice((await copyText(cleanOutgoingText(text))) ? t('panel.copied') : t('panel.copyFailed'));
  };

  const current = state.profiles.find((p) => p.id === state.profileId);
  // With no profile yet, drafts are still checked against the platform and the neutral defaults.
  const speaker = current ?? NEUTRAL;
  const showDrafts = state.drafts.some((d) => d.text) || generating;
  const platform = state.context?.platform ?? 'linkedin';
  const venue = venueOf(state.context ?? { platform });
  const length = (text: string): number => platformLength(text, platform);

  return (
    <main className="panel" ref={mainRef} aria-label={t('panel.label')} inert={!state.sessionId}>
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
            onChange={guarded((event) => generate({ profileId: event.target.value }))}
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

      {state.context && (
        <ContextSummary
          context={state.context}
          onUseSelection={guarded(() => {
            setNotice('');
            answerSelection(state.profileId);
          })}
        />
      )}
      <MemoryLine memory={state.memory} onForget={guarded(forget)} />
      <TriageChips triage={state.triage} />
      <PersonalBanner triage={state.triage} />
      <PanelTabs
        tab={tab}
        onTab={setTab}
        savedCount={state.saved?.filter((r) => r.profileId === state.profileId).length ?? 0}
      />
      <div
        role="tabpanel"
        id="tabpanel-drafts"
        aria-labelledby="tab-drafts"
        hidden={tab !== 'drafts'}
        className="tab-panel"
      >
        <StatusBar
          state={state}
          generating={generating}
          onStop={stop}
          onRegenerate={() => regenerate()}
          onRetryNow={retryNow}
        />

        {state.error && (
          <ErrorNotice
            error={state.error}
            onOpenSettings={openSettings}
            onRetry={() => regenerate()}
            onForce={state.blocked ? () => regenerate(undefined, true) : undefined}
          />
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
              const problems = draft.text.trim()
                ? lintDraft(draft.text, speaker.rules, venue, finalText)
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
                  length={length(finalText)}
                  limit={venue.limit}
                  problems={problems}
                  disclosure={speaker.disclosure.mode === 'append' ? speaker.disclosure.text.trim() : ''}
                  selected={selected === index}
                  onSelect={() => setSelected(index)}
                  onChange={(text) => edit(index, text)}
                  onInsert={() => void onInsert(index, finalText)}
                  onCopy={() => void onCopy(finalText)}
                  onFix={guarded(() =>
                    fix(
                      index,
                      draft.text,
                      problems
                        .filter((p) => p.fixable)
                        .map((p) => p.instruction)
                        .join(' '),
                      state.profileId,
                    ),
                  )}
                  onShorten={guarded(() =>
                    fix(
                      index,
                      draft.text,
                      shortenInstruction(replyLimit(speaker.rules, venue) ?? length(finalText) - 1),
                      state.profileId,
                    ),
                  )}
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
      </div>
      <SavedTab
        active={tab === 'saved'}
        onActivate={showSaved}
        state={state}
        speaker={speaker}
        venue={venue}
        onInsert={guarded((text: string, saved: SavedRef) => void insertText(text, false, saved))}
        onCopy={(text, savedId) => {
          void onCopy(text);
          savedCopied(savedId);
        }}
        onAdapt={guarded((savedId: string, text: string) => adapt(savedId, text, state.profileId))}
        onStop={stop}
        onNotice={setNotice}
        onOpenSettings={openSettings}
      />

      <p className="notice-line" aria-live="polite">
        {notice}
      </p>
      <footer className="panel-footer">{t('panel.footer')}</footer>
    </main>
  );
}
