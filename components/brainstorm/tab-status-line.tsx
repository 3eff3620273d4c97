import { t } from '@/utils/i18n/i18n';
import type { TabStatus } from '@/utils/messaging/protocol';
import { isDedicated, PLATFORM_NAMES } from '@/utils/thread/platform';

interface Props {
  status: TabStatus | null;
  /** "Copy a report" (when the page's reply boxes are not recognised): names and counts, no page text. */
  onCopyReport?: () => void;
}

/** One line on the tab the panel works with, including "not recognised here" and what to do about it. */
export function TabStatusLine({ status, onCopyReport }: Props) {
  if (!status) return null;
  const platform = status.site;
  if (!platform)
    return (
      <p className="tab-status" role="status">
        {t('tabStatus.none')}
      </p>
    );
  if (!isDedicated(platform))
    return (
      <p className="tab-status" role="status">
        {t('tabStatus.generic', [status.host ?? ''])}
      </p>
    );
  const site = PLATFORM_NAMES[platform];
  const text = status.unrecognised
    ? t('tabStatus.unrecognised', [site])
    : status.recognised > 0
      ? t('tabStatus.ready', status.recognised, [site, status.recognised])
      : t('tabStatus.empty', [site]);
  return (
    <div className={`tab-status${status.unrecognised ? ' tab-status-warn' : ''}`}>
      <p role="status">{text}</p>
      {status.unrecognised && onCopyReport && (
        <button type="button" className="link-button" onClick={onCopyReport}>
          {t('sidePanel.copyReport')}
        </button>
      )}
    </div>
  );
}
