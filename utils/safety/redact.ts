/**
 * Optional PII redaction: emails and phone numbers in page text are replaced before the text goes to a
 * remote model. Dates, prices, years, order numbers and times are left alone.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// An international or national phone number: optional +country, 8 to 15 digits with spaces, dots,
// dashes or brackets between groups. Needs a + or a leading 0, or at least 10 digits, to tell it from
// amounts and identifiers.
const PHONE =
  /(?<![\p{L}\p{N}@])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{1,4}){1,6}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\+?\d{10,15}(?![\p{L}\p{N}])/gu;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return false;
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(candidate.trim())) return false; // a date
  if (/^(19|20)\d{2}[\s.-](19|20)\d{2}$/.test(candidate.trim())) return false; // a range of years
  return /^\s*(\+|\(|0)/.test(candidate) || digits.length >= 10;
}

export function redactPII(text: string): string {
  return text.replace(EMAIL, '[email]').replace(PHONE, (match) => (isPhone(match) ? '[phone]' : match));
}
