import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import type { BrandProfile } from '@/utils/brand/profile';
import { recordSavedUse, savedEntries } from '@/utils/saved/store';
import type { Platform } from '@/utils/thread/platform';
import { venueOf } from '@/utils/thread/venue';
import { t } from '@/utils/i18n/i18n';
import { SavedDetail } from './saved-detail';
import { SavedPicker } from './saved-picker';
import { focusMissing, useSavedChoice } from './use-fill';

interface Props {
  profile: BrandProfile;
  /** The site of the tab the side panel acts on, for the length checks (none: no tab). */
  site: Platform | null;
  /** "Send to composer" (the sidepanel.insert message): true when it went in. */
  onSend: (text: string) => Promise<boolean>;
  /** Copies, and says so. */
  onCopy: (text: string) => Promise<boolean>;
  onNotice: (text: string) => void;
}

/**
 * The profile's saved replies beside the page: search, fill what they need, Copy or Send to composer.
 * The side panel knows no thread, so {first_name} and the other thread variables are asked for.
 */
export function SidePanelSaved({ profile, site, onSend, onCopy, onNotice }: Props) {
  const replies = useLiveQuery(() => savedEntries(profile.id), [profile.id]) ?? [];
  const choice = useSavedChoice(
    replies,
    { query: '', ...(site ? { platform: site } : {}) },
    { brand: profile.name },
  );
  const { reply, filled } = choice;
  const detailRef = useRef<HTMLDivElement>(null);
  const venue = site && site !== 'web' ? venueOf({ platform: site }) : undefined;

  const ready = (): boolean => {
    if (!reply || !filled) return false;
    if (filled.missing.length === 0) return true;
    onNotice(t('saved.fillFirst', [filled.missing.map((n) => n.label).join(t('common.listSeparator'))]));
    focusMissing(detailRef.current, filled);
    return false;
  };
  const send = async (): Promise<void> => {
    if (ready() && (await onSend(filled!.text))) await recordSavedUse(reply!.id);
  };
  const copy = async (): Promise<void> => {
    if (ready() && (await onCopy(filled!.text))) await recordSavedUse(reply!.id);
  };

  return (
    <details className="saved-drawer">
      <summary>{t('saved.sideTitle', [replies.length])}</summary>
      <SavedPicker
        replies={choice.ranked}
        chosen={choice.chosen}
        onChoose={choice.setChosen}
        search={choice.search}
        onSearch={choice.setSearch}
        onEnter={() => void send()}
        hint={t('saved.sideKeys')}
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
              if (!focusMissing(detailRef.current, filled, key)) void send();
            }}
            rules={profile.rules}
            venue={venue}
          >
            <button
              type="button"
              onClick={() => void copy()}
              aria-label={t('saved.copyLabel', [reply.title])}
            >
              {t('draft.copy')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void send()}
              aria-label={t('saved.sendLabel', [reply.title])}
            >
              {t('messages.send')}
            </button>
          </SavedDetail>
        </div>
      )}
    </details>
  );
}
