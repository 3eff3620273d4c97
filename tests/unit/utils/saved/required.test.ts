import { describe, expect, it } from 'vitest';
import { missingPassages, stripMarks } from '@/utils/saved/required';

const REQUIRED = ['Refunds are issued within 14 days of your request.', 'Call 0800 123 456.'];

describe('required passages', () => {
  it('are all there when the model kept them word for word, wherever it put them', () => {
    const answer =
      'So sorry, Nora! Refunds are issued within 14 days of your request.\nFor anything else: Call 0800 123 456.';
    expect(missingPassages(answer, REQUIRED)).toEqual([]);
  });

  it('may differ only by spacing and line breaks, and the [[ ]] marks a model kept come off', () => {
    expect(
      missingPassages(
        '[[Refunds are issued   within 14\ndays of your request.]] [[Call 0800 123 456.]]',
        REQUIRED,
      ),
    ).toEqual([]);
    expect(stripMarks('a [[b]] c')).toBe('a b c');
  });

  it('are caught when reworded, shortened, translated, re-cased or re-punctuated', () => {
    for (const changed of [
      'Refunds are issued within two weeks of your request.',
      'Refunds are issued within 14 days.',
      'Les remboursements sont effectués sous 14 jours.',
      'refunds are issued within 14 days of your request.',
      'Refunds are issued within 14 days of your request!',
    ])
      expect(missingPassages(`${changed} Call 0800 123 456.`, REQUIRED)).toEqual([REQUIRED[0]]);
    expect(missingPassages('Sorry about that, Nora.', REQUIRED)).toEqual(REQUIRED);
  });
});
