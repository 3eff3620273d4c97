import { expect, test } from './support/test';

/** Firefox shows sidepanel.html in its sidebar, which can be made narrow: 240 px must still work. */
test('the sidebar page at 240 px: Send is fully in view and nothing scrolls sideways', async ({
  firefox,
  extension,
  tab,
}) => {
  await tab.setViewport({ width: 240, height: 640 });
  await firefox.goto(tab, extension.url('sidepanel.html'));
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('h1, h2')].some((h) => h.textContent?.trim() === 'Brainstorm'),
  );
  const layout = await tab.evaluate(() => {
    const send = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Send');
    const box = send?.getBoundingClientRect();
    const root = document.scrollingElement!;
    return {
      window: innerWidth,
      viewport: root.clientWidth, // what is in view: the window less a vertical scrollbar, if any
      scrollWidth: root.scrollWidth,
      send: box && { left: box.left, right: box.right, width: box.width },
    };
  });
  expect(layout.window).toBe(240);
  expect(layout.send, 'a Send button').toBeTruthy();
  expect(layout.send!.width).toBeGreaterThan(0);
  expect(layout.send!.left, JSON.stringify(layout)).toBeGreaterThanOrEqual(0);
  expect(layout.send!.right, JSON.stringify(layout)).toBeLessThanOrEqual(layout.viewport);
  expect(layout.scrollWidth, JSON.stringify(layout)).toBeLessThanOrEqual(layout.viewport);
});
