/**
 * A membership's or office's dates as a reader says them. The KB often knows a membership without its start
 * (founding members, old treaties): "… – now" read as a typo, so an unknown start is said in words.
 */
export function dateRange(from: string | null, to: string | null): string {
  if (from !== null) return `${from} – ${to ?? 'now'}`
  if (to !== null) return `until ${to} (start unknown)`
  return 'since a date not recorded'
}
