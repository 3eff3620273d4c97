import { describe, expect, it } from 'vitest';
import { fieldsOf, fillTemplate, hasIssues, templateIssues, tokenize } from '@/utils/saved/template';
import { displayName, firstName, threadValues, todayIn } from '@/utils/saved/thread-values';

const NOW = new Date('2026-11-22T10:00:00Z');

describe('saved-reply templates', () => {
  it('reads variables, fill-in fields and required passages; anything else in braces is text', () => {
    expect(
      tokenize('Hi {first_name}, order {field: order number }. [[Refunds in 14 days.]] {not a var} {}'),
    ).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'variable', name: 'first_name' },
      { kind: 'text', text: ', order ' },
      { kind: 'field', label: 'order number' },
      { kind: 'text', text: '. ' },
      { kind: 'open' },
      { kind: 'text', text: 'Refunds in 14 days.' },
      { kind: 'close' },
      { kind: 'text', text: ' {not a var} {}' },
    ]);
    expect(fieldsOf('{field:order} and {field:date} and {field:order} again')).toEqual(['order', 'date']);
  });

  it('flags unknown variables and unbalanced or empty required passages as the manager types', () => {
    expect(templateIssues('Hi {frist_name}, {First_Name} {brand}')).toEqual({
      unknown: ['{frist_name}'],
      unbalanced: false,
      emptyRequired: false,
    });
    expect(templateIssues('[[open only').unbalanced).toBe(true);
    expect(templateIssues('close only]]').unbalanced).toBe(true);
    expect(templateIssues('[[a [[nested]] b]]').unbalanced).toBe(true);
    expect(templateIssues('empty [[ ]] here').emptyRequired).toBe(true);
    expect(hasIssues(templateIssues('Hi {first_name}. [[Kept.]] {field:x}'))).toBe(false);
  });

  it('fills variables from the thread and the fields the manager typed; the [[ ]] marks come off', () => {
    const filled = fillTemplate(
      'Hi {first_name}! Order {field:order number}: [[{brand} refunds within 14 days.]]',
      {
        first_name: 'Sam',
        brand: 'Acme Café',
        'field:order number': ' A-123 ',
      },
    );
    expect(filled).toEqual({
      text: 'Hi Sam! Order A-123: Acme Café refunds within 14 days.',
      marked: 'Hi Sam! Order A-123: [[Acme Café refunds within 14 days.]]',
      required: ['Acme Café refunds within 14 days.'],
      missing: [],
    });
  });

  it('asks for what is missing: a blank field, a variable the page did not show; nothing is guessed', () => {
    const filled = fillTemplate(
      'Hi {first_name}, {my_name} here. Order {field:order number}, {field:order number}.',
      {
        first_name: '  ',
        'field:order number': '',
      },
    );
    expect(filled.missing).toEqual([
      { key: 'first_name', kind: 'variable', label: 'first_name' },
      { key: 'my_name', kind: 'variable', label: 'my_name' },
      { key: 'field:order number', kind: 'field', label: 'order number' },
    ]);
    // Left as written until filled in, so nothing half-filled can pass for ready.
    expect(filled.text).toBe(
      'Hi {first_name}, {my_name} here. Order {field:order number}, {field:order number}.',
    );
  });

  it('takes the thread’s values as the page shows them', () => {
    expect(displayName('Sam Lee (@samlee)')).toBe('Sam Lee');
    expect(firstName('Sam Lee (@samlee)')).toBe('Sam');
    expect(firstName('@noraq')).toBe('noraq');
    expect(firstName('12345')).toBe('');
    expect(
      threadValues({
        context: {
          post: { author: 'Acme Café (@acmecafe)', text: 'Autumn menu' },
          comment: { author: 'Marie Dupont', text: 'Vous livrez ?' },
          replyingAs: '@acmecafe',
        },
        brand: 'Acme Café',
        language: 'fr',
        now: NOW,
      }),
    ).toEqual({
      first_name: 'Marie',
      author: 'Marie Dupont',
      post_author: 'Acme Café',
      my_name: 'acmecafe',
      brand: 'Acme Café',
      today: '22 novembre 2026',
    });
    // No thread (the side panel): only what the extension knows itself.
    expect(threadValues({ brand: 'Acme', language: 'en', now: NOW })).toEqual({
      brand: 'Acme',
      today: 'November 22, 2026',
    });
    expect(todayIn('not a language!', NOW)).toBe('November 22, 2026');
  });
});
