import type { TabStatus } from '@/utils/messaging';

/** One line on the LinkedIn or X tab the panel works with, including "not recognised here". */
export function TabStatusLine({ status }: { status: TabStatus | null }) {
  if (!status) return null;
  const site = status.site === 'x' ? 'X' : 'LinkedIn';
  const text = !status.site
    ? 'Open LinkedIn or X and click in a box: “Send to composer” puts text there.'
    : status.unrecognised
      ? `⚠ The reply boxes on this ${site} page are not recognised here: the site may have changed. Brainstorming still works, and you can copy from this panel.`
      : status.recognised > 0
        ? `This ${site} tab: ${status.recognised} reply box${status.recognised === 1 ? '' : 'es'} ready.`
        : `This ${site} tab: open a comment box to get suggestions there.`;
  return (
    <p className={`tab-status${status.unrecognised ? ' tab-status-warn' : ''}`} role="status">
      {text}
    </p>
  );
}
