import { browser } from 'wxt/browser';
import { UserFacingError, userError } from '@/utils/errors';
import { t } from '@/utils/i18n/i18n';
import { callContent } from '@/utils/messaging/rpc';
import { composerTab, tabStatus } from './page-status';

/**
 * "Copy a report": what a bug report needs when a site changed its pages. The extension's version and
 * browser, the site (its host, never a path), how many reply boxes were recognised, and which of each
 * adapter's selectors matched nothing. No text of the page is in it. Nothing is sent anywhere: the
 * manager pastes it where they choose.
 */
export async function healthReport(): Promise<{ report: string }> {
  const tab = await composerTab();
  if (!tab)
    throw new UserFacingError(userError('no-composer', t('errors.noBox.title'), t('errors.noBox.detail')));
  const [status, health] = await Promise.all([tabStatus(), callContent(tab.id, 'composer.health', {})]);
  const manifest = browser.runtime.getManifest();
  const lines = [
    `Reply Copilot ${manifest.version} · ${navigator.userAgent.match(/(Firefox|Chrome)\/[\d.]+/)?.[0] ?? 'browser'}`,
    `Site: ${new URL(tab.url ?? 'about:blank').hostname}`,
    `Reply boxes recognised: ${status.recognised}; a reply box was not recognised: ${status.unrecognised ? 'yes' : 'no'}`,
    ...health.surfaces.map(
      (s) =>
        `${s.surface}: nothing matched ${s.missing.join(', ') || '(none)'}; matched ${s.matched.join(', ') || '(none)'}`,
    ),
  ];
  return { report: lines.join('\n') };
}
