import type { Page } from '@playwright/test';
import type { FakeLlm } from '../../support/fake-llm';
import type { ConfigureOptions, ExtensionPages, Profile } from './extension';
import type { PanelFrame } from './panel';
import { FixtureSite, type Opener } from './sites';

/**
 * The set-up most tests share, written once: the extension configured against the fake model (and given
 * its brand profiles), a fixture page opened, and for `openPanel` "Suggest reply" pressed. A test whose
 * steps come in another order (text typed before the click, settings changed before the page loads)
 * uses the page objects' own steps: `FixtureSite.open`, `site.suggest()`.
 */

/** The test's fixtures a flow acts with. */
export interface Actors {
  page: Page;
  extension: ExtensionPages;
  fake: FakeLlm;
}

export interface SiteOptions {
  /** Provider settings beyond the fake model's address (`extension.configure`'s options). */
  settings?: ConfigureOptions;
  /** Brand profiles made on the options page once configured, in this order (`extension.addProfile`). */
  profiles?: (Profile & { makeDefault?: boolean })[];
  /** The fixture function that opens the composer, with its arguments: `['openComment', '7001']`. */
  open?: Opener;
}

export interface PanelOptions extends SiteOptions {
  /** Wait until the drafts are all in (`panel.waitDone()`). */
  waitDone?: boolean;
}

/** Configures the extension (and makes its profiles), then opens a fixture page in the test's tab. */
export async function openSite(
  { page, extension, fake }: Actors,
  url: string,
  { settings, profiles = [], open }: SiteOptions = {},
): Promise<FixtureSite> {
  await extension.configure(fake, settings);
  for (const { makeDefault, ...profile } of profiles) await extension.addProfile(profile, makeDefault);
  return FixtureSite.open(page, url, open);
}

/** `openSite`, then a click on "Suggest reply": the site and the panel it opened. */
export async function openPanel(
  actors: Actors,
  url: string,
  options: PanelOptions = {},
): Promise<{ site: FixtureSite; panel: PanelFrame }> {
  const site = await openSite(actors, url, options);
  const panel = await site.suggest();
  if (options.waitDone) await panel.waitDone();
  return { site, panel };
}
