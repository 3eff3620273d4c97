import { describe, expect, it } from 'vitest';
import { overlaps, placePanel, PANEL_WIDTH, type Rect } from '@/utils/page/placement';

const viewport = { width: 1280, height: 800 };

describe('placePanel', () => {
  it('goes to the right of a composer when there is room', () => {
    const composer: Rect = { left: 200, top: 300, width: 500, height: 80 };
    const panel = placePanel(composer, viewport);
    expect(panel.left).toBeGreaterThanOrEqual(700);
    expect(panel.width).toBe(PANEL_WIDTH);
  });

  it('goes below a wide composer, and above it when it sits at the bottom', () => {
    const wide: Rect = { left: 250, top: 100, width: 800, height: 80 };
    expect(placePanel(wide, viewport).top).toBeGreaterThanOrEqual(180);
    const low: Rect = { left: 250, top: 650, width: 800, height: 80 };
    const above = placePanel(low, viewport);
    expect(above.top + above.height).toBeLessThanOrEqual(650);
  });

  it('never covers the composer, wherever it is and whatever the window size', () => {
    for (const vw of [800, 1024, 1280, 1920]) {
      for (const vh of [600, 800, 1080]) {
        for (let left = 0; left < vw - 200; left += 97) {
          for (let top = 0; top < vh - 60; top += 53) {
            for (const width of [300, 550, 700]) {
              const composer: Rect = { left, top, width: Math.min(width, vw - left), height: 60 };
              const panel = placePanel(composer, { width: vw, height: vh });
              expect(overlaps(panel, composer), JSON.stringify({ vw, vh, composer, panel })).toBe(false);
              expect(panel.left).toBeGreaterThanOrEqual(0);
              expect(panel.top).toBeGreaterThanOrEqual(0);
              expect(panel.top + panel.height).toBeLessThanOrEqual(vh);
            }
          }
        }
      }
    }
  });
});
