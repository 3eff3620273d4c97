// A sample for hard-coded.test.ts: three strings that would reach the screen untranslated.
import { userError } from '@/utils/errors';
export const Sample = () => [
  <button type="button">Try again</button>,
  <button type="button" aria-label="Close the panel">
    ×
  </button>,
  userError('no-composer', 'The box is gone', 'x'),
];
