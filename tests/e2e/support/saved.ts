import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionPages } from './extension';
import type { Actors, SiteOptions } from './flows';
import { PanelFrame } from './panel';
import { FixtureSite } from './sites';

/** A saved reply, as the manager fills it in on the options page (`addSaved`). */
export interface SavedInput {
  title: string;
  body: string;
  tags?: string[];
  language?: string;
  platform?: 'X' | 'LinkedIn' | 'Other sites';
  /** The profile it belongs to, by name (else the one the form proposes). */
  profile?: string;
}

/** The options page's list of saved replies. */
export const savedList = (options: Page): Locator => options.getByRole('list', { name: 'Saved replies' });

/** The row of one saved reply in that list. */
export const savedRow = (options: Page, title: string): Locator =>
  savedList(options).getByRole('listitem').filter({ hasText: title });

/** Creates a saved reply through the options page, as a manager would. */
export async function addSaved(extension: ExtensionPages, saved: SavedInput): Promise<Page> {
  const page = await extension.options();
  await page.getByRole('button', { name: 'New saved reply' }).click();
  const form = page.getByRole('form', { name: /^Saved reply: / });
  if (saved.profile)
    await form.getByRole('combobox', { name: 'Profile' }).selectOption({ label: saved.profile });
  await form.getByRole('textbox', { name: 'Title', exact: true }).fill(saved.title);
  await form.getByRole('textbox', { name: 'Reply', exact: true }).fill(saved.body);
  if (saved.tags) await form.getByRole('textbox', { name: 'Tags' }).fill(saved.tags.join(', '));
  if (saved.language) await form.getByRole('textbox', { name: 'Language' }).fill(saved.language);
  if (saved.platform)
    await form.getByRole('combobox', { name: 'Platform' }).selectOption({ label: saved.platform });
  await form.getByRole('button', { name: 'Save saved reply' }).click();
  await expect(savedRow(page, saved.title)).toBeVisible();
  return page;
}

/** The suggestion panel's Saved tab. */
export class SavedTab {
  constructor(readonly panel: PanelFrame) {}

  search(): Locator {
    return this.panel.frame.getByRole('combobox', { name: 'Search saved replies' });
  }

  list(): Locator {
    return this.panel.frame.getByRole('listbox', { name: /^Saved replies/ });
  }

  /** The saved replies offered, in order (best match first). */
  options(): Locator {
    return this.list().getByRole('option');
  }

  chosen(): Locator {
    return this.list().getByRole('option', { selected: true });
  }

  /** The chosen reply, as it will go in. */
  detail(title: string): Locator {
    return this.panel.frame.getByRole('region', { name: `Saved reply: ${title}` });
  }

  button(name: string | RegExp): Locator {
    return this.panel.frame.getByRole('button', { name });
  }

  /** "/" from the keyboard, as the manager would: the Saved tab opens with its search focused. */
  async open(): Promise<void> {
    await this.panel.page.keyboard.press('/');
    await expect(this.search()).toBeFocused();
  }
}

/**
 * `openSite` with saved replies: the extension configured, its profiles and then its saved replies made
 * on the options page, and only then the fixture page opened (in front, so the panel can take the focus).
 */
export async function openSiteWithSaved(
  actors: Actors,
  url: string,
  { saved = [], open, ...options }: SiteOptions & { saved?: SavedInput[] },
): Promise<FixtureSite> {
  const { page, extension, fake } = actors;
  await extension.configure(fake, options.settings);
  for (const { makeDefault, ...profile } of options.profiles ?? [])
    await extension.addProfile(profile, makeDefault);
  for (const reply of saved) await addSaved(extension, reply);
  await page.bringToFront();
  return FixtureSite.open(page, url, open);
}

/** Opens the panel from the keyboard, as the manager does: the focus on "Suggest reply", then Enter. */
export async function suggestFromKeyboard(site: FixtureSite): Promise<PanelFrame> {
  await site.page.bringToFront(); // the options page may have been used last: the site's tab in front
  await site.controls().focus();
  await site.page.keyboard.press('Enter');
  const panel = await PanelFrame.find(site.page);
  await panel.waitDone(); // as the keyboard test does: the drafts are in, nothing moves any more
  await expect(panel.frame.locator('[data-draft="0"]')).toBeFocused();
  return panel;
}
