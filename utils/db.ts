import Dexie, { type EntityTable } from 'dexie';
import type { BrandProfile } from './brand/profile';

/**
 * The extension's one database. It lives in the extension's origin: the background and top-level
 * extension pages open it; content scripts and the in-page panel frame never do (the frame's storage
 * is partitioned under the host site, and the host must never see brand data).
 */
export class AppDB extends Dexie {
  profiles!: EntityTable<BrandProfile, 'id'>;

  constructor(name = 'reply-copilot') {
    super(name);
    this.version(1).stores({ profiles: 'id, name, updatedAt' });
  }
}

let instance: AppDB | undefined;
export function getDb(): AppDB {
  instance ??= new AppDB();
  return instance;
}
