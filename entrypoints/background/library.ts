import { browser } from 'wxt/browser';
import { checkAllLibraries } from '@/utils/library/store';

/** The daily check of the team libraries the manager subscribed to (utils/library). */
export const LIBRARY_ALARM = 'library-daily';
const DAY_MINUTES = 24 * 60;

/**
 * Each library is fetched again once a day: an update is kept for the manager to review in the options
 * page before it applies, a bad file is noted and changes nothing. The alarm survives worker restarts;
 * it is made again if the browser lost it.
 */
export function setUpLibraries(): void {
  void ensureAlarm();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LIBRARY_ALARM) void checkAllLibraries().catch(() => undefined);
  });
}

export async function ensureAlarm(): Promise<void> {
  const existing = await browser.alarms.get(LIBRARY_ALARM).catch(() => undefined);
  if (!existing)
    await browser.alarms.create(LIBRARY_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES });
}
