import { useRef, useState } from 'react';
import type { BrandProfile } from '@/utils/brand/profile';
import { setDefaultProfile } from '@/utils/brand/store';
import {
  exportFileName,
  exportProfiles,
  importProfiles,
  parseImport,
  TransferRefusal,
} from '@/utils/brand/transfer';
import { t } from '@/utils/i18n/i18n';
import { getDb, writeFailure } from '@/utils/storage/db';

/** Saves text as a file the manager downloads. */
export function download(name: string, content: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The profiles, with their saved replies, as one file. */
export async function exportToFile(profiles: readonly BrandProfile[]): Promise<void> {
  const ids = profiles.map((p) => p.id);
  const saved = await getDb().savedReplies.where('profileId').anyOf(ids).sortBy('title');
  download(exportFileName(profiles), exportProfiles(profiles, new Date(), saved));
}

/** Import (validated whole before anything is written) and export of all profiles. */
export function TransferButtons({ profiles, hasDefault }: { profiles: BrandProfile[]; hasDefault: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const onFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const parsed = parseImport(await file.text());
    if (!parsed.ok) {
      setMessage({ ok: false, text: t('transfer.notImported', [file.name, parsed.message]) });
      return;
    }
    let counts: { added: number; updated: number; saved: number };
    try {
      counts = await importProfiles(parsed.profiles, parsed.savedReplies); // one transaction: all or nothing
    } catch (error) {
      const why = error instanceof TransferRefusal ? error.message : writeFailure(error);
      setMessage({ ok: false, text: t('transfer.notImported', [file.name, why]) });
      return;
    }
    const { added, updated, saved } = counts;
    if (!hasDefault && parsed.profiles[0]) await setDefaultProfile(parsed.profiles[0].id);
    const migrated = parsed.migratedFrom ? t('transfer.migrated', [parsed.migratedFrom]) : '';
    setMessage({
      ok: true,
      text:
        t('transfer.imported', added + updated, [added + updated, added, updated, migrated]) +
        (saved ? ` ${t('saved.transfer.imported', saved, [saved])}` : ''),
    });
  };

  return (
    <div className="transfer">
      <div className="row">
        <button type="button" onClick={() => input.current?.click()}>
          {t('transfer.import')}
        </button>
        <button type="button" disabled={profiles.length === 0} onClick={() => void exportToFile(profiles)}>
          {t('transfer.exportAll')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label={t('transfer.fileLabel')}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      {message && (
        <p className={message.ok ? 'ok' : 'notice notice-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
