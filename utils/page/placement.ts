/** Where the panel goes: beside the composer, never over it. Pure geometry, so it is unit-tested. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export const PANEL_WIDTH = 380;
export const PANEL_HEIGHT = 500;
const MIN_HEIGHT = 260;
const GAP = 8;

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

/**
 * Tries, in order: right of the composer, left of it (both leave the conversation column alone), below it
 * (the text being answered is above a reply box), then above it. Shrinks the height before giving up.
 * As a last resort it takes the viewport side with more room, still outside the composer.
 */
export function placePanel(composer: Rect, viewport: Viewport): Rect {
  const width = Math.min(PANEL_WIDTH, viewport.width - 2 * GAP);
  const height = Math.min(PANEL_HEIGHT, viewport.height - 2 * GAP);
  const right = composer.left + composer.width;
  const bottom = composer.top + composer.height;
  const sideTop = clamp(composer.top - 40, GAP, viewport.height - height - GAP);
  const columnLeft = clamp(composer.left, GAP, viewport.width - width - GAP);

  if (right + GAP + width <= viewport.width - GAP) return { left: right + GAP, top: sideTop, width, height };
  if (composer.left - GAP - width >= GAP)
    return { left: composer.left - GAP - width, top: sideTop, width, height };
  const below = viewport.height - GAP - (bottom + GAP);
  if (below >= height) return { left: columnLeft, top: bottom + GAP, width, height };
  const above = composer.top - GAP - GAP;
  if (above >= height) return { left: columnLeft, top: composer.top - GAP - height, width, height };
  if (below >= MIN_HEIGHT || above >= MIN_HEIGHT) {
    return below >= above
      ? { left: columnLeft, top: bottom + GAP, width, height: below }
      : { left: columnLeft, top: GAP, width, height: above };
  }
  const sideRoom = Math.max(viewport.width - right - 2 * GAP, composer.left - 2 * GAP);
  const sideWidth = Math.max(Math.min(width, sideRoom), 0);
  const onRight = viewport.width - right >= composer.left;
  return {
    left: onRight ? right + GAP : Math.max(GAP, composer.left - GAP - sideWidth),
    top: sideTop,
    width: sideWidth,
    height,
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.left < b.left + b.width &&
    b.left < a.left + a.width &&
    a.top < b.top + b.height &&
    b.top < a.top + a.height
  );
}
