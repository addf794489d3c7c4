/** Cell escaping for the text formats. */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Everything a reader may take for the end of a cell or a row: tab, CR, LF, vertical tab, form feed, the file,
 * group and record separators, NEL (U+0085) and the Unicode line and paragraph separators (Python's
 * `splitlines()` splits on each of them).
 */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern is for
const TSV_BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g

/**
 * A TSV cell: anything that could split the row becomes a space, and a text cell starting with = + - @ gets a
 * leading ' as in the CSV. Numbers are written as they are, negative ones included (a Goldstein score of -10
 * stays a number); only text is guarded.
 */
export function tsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const flat = value.replace(TSV_BREAKS, ' ')
  return FORMULA_START.test(flat) ? `'${flat}` : flat
}

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
