/** Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as bounds of validity intervals. */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** True for a real calendar date at year, month or day precision. */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value)
  if (!match) return false
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate()
}

/** True for a full YYYY-MM-DD calendar date. */
export function isDay(value: string): boolean {
  return value.length === 10 && isPartialDate(value)
}

/** The first day a partial date covers ("2011" → "2011-01-01"). */
export function startOf(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value
}

/** The last day a partial date covers ("2011" → "2011-12-31"); compared as strings, "-31" is enough. */
export function endOf(value: string): string {
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value
}

/** Whether `date` (YYYY-MM-DD) falls in [from, to]; a missing bound is open. */
export function within(date: string, interval: { readonly from?: string; readonly to?: string }): boolean {
  if (interval.from !== undefined && date < startOf(interval.from)) return false
  if (interval.to !== undefined && date > endOf(interval.to)) return false
  return true
}
