import { liveQuery } from 'dexie';
import { getDb } from './db';

/**
 * One setting in the extension's database (the `kv` table), with the same three verbs as a WXT storage
 * item. The database lives in the extension's origin: a content script's IndexedDB is the page's, so
 * no content script, and no page, can read or write these (unlike storage.local on Firefox).
 */
export interface DbItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `onChange` with every new value, written here or in another extension context. */
  watch(onChange: (value: T) => void): () => void;
}

let ready: Promise<unknown> = Promise.resolve();

/** Reads wait for this first (the background moves settings out of storage.local when it starts). */
export function readAfter(migration: Promise<unknown>): void {
  ready = migration.catch(() => undefined);
}

export function dbItem<T>(id: string, fallback: T, parse: (value: unknown) => T | undefined): DbItem<T> {
  const read = async (): Promise<T> => {
    await ready;
    const row = await getDb().kv.get(id);
    return row === undefined ? fallback : (parse(row.value) ?? fallback);
  };
  return {
    getValue: read,
    setValue: async (value) => {
      await getDb().kv.put({ id, value });
    },
    watch: (onChange) => {
      let first = true;
      const subscription = liveQuery(read).subscribe({
        next: (value) => {
          if (first) first = false;
          else onChange(value);
        },
        error: () => undefined,
      });
      return () => subscription.unsubscribe();
    },
  };
}
