import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/utils/i18n/i18n';

export type PanelTab = 'drafts' | 'saved';
const TABS: readonly PanelTab[] = ['drafts', 'saved'];

interface Props {
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  /** How many saved replies the current profile has. */
  savedCount: number;
}

/** The panel's two tabs, Drafts and Saved (the ARIA tabs pattern: ← → move between them). */
export function PanelTabs({ tab, onTab, savedCount }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!;
    onTab(next);
    list.current?.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  const label = (name: PanelTab): string =>
    name === 'drafts' ? t('saved.tabDrafts') : t('saved.tabSaved', [savedCount]);
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('saved.tabs')} ref={list} onKeyDown={onKey}>
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`tabpanel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          className="panel-tab"
          onClick={() => onTab(name)}
        >
          {label(name)}
        </button>
      ))}
    </div>
  );
}
