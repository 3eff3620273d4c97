import { getDb, type AiLogEntry } from './db';

/** Records one suggestion shown or one draft inserted. Never throws: logging must not block the manager. */
export async function logAiUse(entry: Omit<AiLogEntry, 'id' | 'at'>, now = Date.now()): Promise<void> {
  try {
    await getDb().aiLog.add({ ...entry, id: crypto.randomUUID(), at: now });
  } catch {
    // A full disk or a closed database: the suggestion itself is not affected.
  }
}

/**
 * A lead that spreadsheets read as a formula: = + - @ (also full width, ＝ ＋ － ＠), possibly after
 * spaces, or a tab or carriage return first.
 */
const FORMULA_LEAD = /^(?:[\t\r]|[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A CSV cell: quoted, and defused (a leading apostrophe) when it would start a spreadsheet formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function aiLogToCsv(entries: readonly AiLogEntry[]): string {
  const header = [
    'when',
    'event',
    'platform',
    'post_url',
    'profile',
    'edited_before_insert',
    'model',
    'source',
  ];
  const rows = entries.map((e) =>
    [
      new Date(e.at).toISOString(),
      e.event,
      e.platform,
      e.postUrl,
      e.profileName,
      e.event === 'inserted' ? (e.edited ? 'yes' : 'no') : '',
      e.model,
      // Insertions before saved replies existed were all drafts.
      e.event === 'inserted' ? (e.source ?? 'draft') : '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/** How long the log keeps an entry: the daily clean-up deletes older ones (background/cleanup.ts). */
export const AI_LOG_RETENTION_DAYS = 90;

export const pruneAiLog = (now = Date.now(), days = AI_LOG_RETENTION_DAYS): Promise<number> =>
  getDb()
    .aiLog.where('at')
    .below(now - days * 86_400_000)
    .delete();

/** "Clear all": the log, and the comment queues it covers (a queue is never kept longer than the log). */
export async function clearAiLog(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.aiLog, db.threads, async () => {
    await db.aiLog.clear();
    await db.threads.clear();
  });
}
