/** Percentages for reading, in the reader's language (Dutch first: 55,8%); the stored numbers stay exact. */
export function pct(value: number, lang = 'nl', digits = 1): string {
  if (!Number.isFinite(value)) {
    return '–';
  }
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value) + '%';
}
