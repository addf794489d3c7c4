/**
 * Whether a system date equals a gold date at the gold's precision: gold "2022-02" accepts "2022-02" and
 * "2022-02-24" (and "2022-02-24T10:00"), but not "2022" (coarser) or "2022-03". Gold "2022" accepts any
 * value in 2022, including "2022-W07". Strings are compared after trimming and upper-casing.
 */
export function sameDateAtGoldPrecision(gold: string, system: string | undefined): boolean {
  if (system === undefined) return false
  const g = gold.trim().toUpperCase()
  const s = system.trim().toUpperCase()
  if (!s.startsWith(g)) return false
  const next = s.charAt(g.length)
  return next === '' || next === '-' || next === 'T'
}

/** Time values compare as strings after trimming and upper-casing (FORMAT.md). */
export function sameTimeValue(gold: string | undefined, system: string | undefined): boolean {
  if (gold === undefined || system === undefined) return false
  return gold.trim().toUpperCase() === system.trim().toUpperCase()
}
