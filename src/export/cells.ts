/** Cell escaping for the text formats. */

/** A TSV cell: tabs and line breaks would split the row, so they become spaces. */
export function tsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/[\t\r\n]+/g, ' ')
}

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * A CSV cell safe to open in a spreadsheet: a cell starting with = + - @ tab or CR gets a leading ' (so
 * "=HYPERLINK(…)" stays text), then RFC 4180 quoting. Numbers are written as they are, negative ones included.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Text for XML content and attribute values. Characters XML 1.0 forbids are dropped. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
