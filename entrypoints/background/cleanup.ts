import { browser } from 'wxt/browser';
import { pruneAiLog } from '@/utils/storage/ai-log';
import { pruneThreads } from '@/utils/queue/store';
import { prunePeople } from '@/utils/memory/people';
import { getDb } from '@/utils/storage/db';

/**
 * The daily clean-up of what the extension keeps about people and threads: the AI-use log past its
 * retention, comment queues not read again within theirs (no longer than the log), and commenter memory
 * past each profile's retention (a deleted profile's people go too). It runs when the
 * background starts and once a day after that (an alarm survives the worker going idle).
 */
const ALARM = 'daily-cleanup';

export async function cleanUp(now = Date.now()): Promise<void> {
  const profiles = await getDb()
    .profiles.toArray()
    .catch(() => []);
  await Promise.allSettled([pruneAiLog(now), pruneThreads(now), prunePeople(profiles, now)]);
}

export function setUpCleanup(): void {
  void cleanUp();
  const alarms = browser.alarms;
  if (!alarms) return;
  void alarms.get(ALARM).then((existing) => {
    if (!existing) void alarms.create(ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 60 });
  });
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void cleanUp();
  });
}
