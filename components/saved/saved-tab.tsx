import { useEffect, useMemo, useRef, useState } from 'react';
import type { SuggestionsState } from '@/components/hooks/suggestions-state';
import { withDisclosure } from '@/utils/brand/lint';
import type { ProfileSummary } from '@/utils/brand/profile';
import { answeredText } from '@/utils/thread/context';
import type { Venue } from '@/utils/thread/venue';
import { t } from '@/utils/i18n/i18n';
import { AdaptResult } from './adapt-result';
import { SavedDetail } from './saved-detail';
import { SavedPicker } from './saved-picker';
import { focusMissing, useSavedChoice } from './use-fill';

export type SavedRef = { id: string; mode: 'exact' | 'adapted' };

interface Props {
  /** The Saved tab is the one shown. */
  active: boolean;
  /** "/" pressed anywhere in the panel outside a text field: show this tab (its search gets the focus). */
  onActivate: () => void;
  state: SuggestionsState;
  speaker: ProfileSummary;
  venue: Venue;
  onInsert: (text: string, saved: SavedRef) => void;
  onCopy: (text: string, savedId: string) => void;
  onAdapt: (savedId: string, marked: string) => void;
  onStop: () => void;
  onNotice: (text: string) => void;
  onOpenSettings: () => void;
}

const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && Boolean(target.closest('input, textarea, select, [contenteditable]'));

/**
 * The panel's Saved tab: the profile's saved replies, those that best match the comment first (local
 * relevance, no model call). "/" focuses the search; Enter inserts the chosen one exactly, variables
 * filled, after asking for what the page did not give. "Adapt" asks the model to personalise it, and
 * its required passages are checked word for word.
 */
export function SavedTab({ active, onActivate, state, speaker, venue, ...on }: Props) {
  const { context } = state;
  const replies = useMemo(
    () => (state.saved ?? []).filter((r) => r.profileId === state.profileId),
    [state.saved, state.profileId],
  );
  const answered = context ? answeredText(context) : undefined;
  const choice = useSavedChoice(
    replies,
    {
      query: [answered?.text, context?.draft].filter(Boolean).join('\n'),
      platform: context?.platform,
      language: context?.language,
    },
    { context, brand: speaker.name },
  );
  const { reply, filled } = choice;
  const searchRef = useRef<HTMLInputElement>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      event.preventDefault();
      onActivate();
      setFocusTick((n) => n + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onActivate]);
  useEffect(() => {
    if (focusTick) searchRef.current?.focus();
  }, [focusTick]);

  /** Whether the chosen reply is ready; if not, says what it needs and goes to the first empty field. */
  const ready = (): boolean => {
    if (!reply || !filled) return false;
    if (filled.missing.length === 0) return true;
    on.onNotice(t('saved.fillFirst', [filled.missing.map((n) => n.label).join(t('common.listSeparator'))]));
    focusMissing(detailRef.current, filled);
    return false;
  };
  const insertExact = (): void => {
    if (ready()) on.onInsert(filled!.text, { id: reply!.id, mode: 'exact' });
  };
  const adapt = (): void => {
    if (ready()) on.onAdapt(reply!.id, filled!.marked);
  };
  const adapting = state.adapt && reply && state.adapt.savedId === reply.id ? state.adapt : undefined;

  return (
    <div
      role="tabpanel"
      id="tabpanel-saved"
      aria-labelledby="tab-saved"
      hidden={!active}
      className="tab-panel"
    >
      <SavedPicker
        replies={choice.ranked}
        chosen={choice.chosen}
        onChoose={choice.setChosen}
        search={choice.search}
        onSearch={choice.setSearch}
        onEnter={insertExact}
        inputRef={searchRef}
        hint={t('saved.keys')}
      />
      {reply && filled && (
        <div ref={detailRef}>
          <SavedDetail
            reply={reply}
            filled={filled}
            asked={choice.asked}
            values={choice.typed}
            onValue={choice.setValue}
            onFieldEnter={(key) => {
              if (!focusMissing(detailRef.current, filled, key)) insertExact();
            }}
            rules={speaker.rules}
            venue={venue}
          >
            <button
              type="button"
              onClick={() => on.onCopy(filled.text, reply.id)}
              aria-label={t('saved.copyLabel', [reply.title])}
            >
              {t('draft.copy')}
            </button>
            <button
              type="button"
              onClick={adapt}
              disabled={adapting?.phase === 'writing'}
              aria-label={t('saved.adaptLabel', [reply.title])}
            >
              {t('saved.adapt')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={insertExact}
              aria-label={t('saved.insertExactLabel', [reply.title])}
            >
              {t('saved.insertExact')}
            </button>
          </SavedDetail>
          {adapting && (
            <AdaptResult
              adapt={adapting}
              required={filled.required}
              rules={speaker.rules}
              venue={venue}
              onStop={on.onStop}
              onRetry={adapt}
              onInsertExact={insertExact}
              onInsertAdapted={(text) =>
                on.onInsert(withDisclosure(text, speaker.disclosure), { id: reply.id, mode: 'adapted' })
              }
              onCopy={(text) => on.onCopy(withDisclosure(text, speaker.disclosure), reply.id)}
              onOpenSettings={on.onOpenSettings}
            />
          )}
        </div>
      )}
    </div>
  );
}
