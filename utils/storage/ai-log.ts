import { getDb, type AiLogEntry } from './db';

/** Records one suggestion shown or one draft inserted. Never throws: logging must not block the manager. */
export async function logAiUse(entry: Omit<AiLogEntry, 'id' | 'at'>, now = Date.now()): Promise<void> {
  try {
    await getDb().aiLog.add({ ...entry, id: crypto.randomUUID(), at: now });
  } catch {
    // A full disk or a closed database: the suggestion itself is not affected.
  }
}

/** A CSV cell: quoted, and defused when it would start a spreadsheet formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function aiLogToCsv(entries: readonly AiLogEntry[]): string {
  const header = ['when', 'event', 'platform', 'post_url', 'profile', 'edited_before_insert', 'model'];
  const rows = entries.map((e) =>
    [
      new Date(e.at).toISOString(),
      e.event,
      e.platform,
      e.postUrl,
      e.profileName,
      e.event === 'inserted' ? (e.edited ? 'yes' : 'no') : '',
      e.model,
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

export const clearAiLog = (): Promise<void> => getDb().aiLog.clear();
