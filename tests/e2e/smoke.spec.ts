import { PanelFrame } from './support/panel';
import { FixtureSite } from './support/sites';
import { expect, test } from './support/test';

test('smoke: suggest and insert on the X status page', async ({ page, extension, fake }) => {
  await extension.configure(fake);
  const site = new FixtureSite(page);
  await site.goto('https://x.com/samlee/status/102');
  await expect(site.controls()).toHaveCount(1);
  await site.controls().click();
  const panel = await PanelFrame.find(page);
  await expect(panel.draft(0)).toHaveValue(/Thank you so much/);
  await panel.waitDone();
  await page.screenshot({ path: '/tmp/shot1.png' });
  await panel.insertButton(0).click();
  await expect.poll(() => site.text('inline')).toContain('Thank you so much! 🙌');
  await page.screenshot({ path: '/tmp/shot2.png' });
  console.log(JSON.stringify(await site.json('inline')));
  console.log(JSON.stringify(fake.chatRequests()[0]?.body, null, 1));
});
