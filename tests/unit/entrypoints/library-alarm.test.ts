import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureAlarm, LIBRARY_ALARM, setUpLibraries } from '@/entrypoints/background/library';

describe('the team libraries’ daily check', () => {
  it('is one alarm, every 24 hours, made once even when the worker starts again', async () => {
    setUpLibraries();
    await ensureAlarm();
    await ensureAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ name: LIBRARY_ALARM, periodInMinutes: 24 * 60 });
  });
});
