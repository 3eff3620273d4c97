import { describe, expect, it } from 'vitest';
import { contrast, readableOn } from '@/utils/ui/color';

describe('readableOn', () => {
  it('picks black or white text so that any brand colour reads at WCAG AA (4.5:1)', () => {
    for (let i = 0; i < 4096; i++) {
      const hex = `#${[i >> 8, (i >> 4) & 15, i & 15].map((n) => (n * 17).toString(16).padStart(2, '0')).join('')}`;
      expect(contrast(hex, readableOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('chooses white on dark brand colours and black on light ones', () => {
    expect(readableOn('#0a66c2')).toBe('#ffffff');
    expect(readableOn('#ffd400')).toBe('#000000');
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 0);
  });
});
