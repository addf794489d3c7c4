/** Whether a start holds on a day: 'member' surely, 'possibly' when the start is a month or year containing it. */
export function startCertainty(start: string, day: string): 'member' | 'possibly' | undefined {
  if (start.length >= 10) return start.slice(0, 10) <= day ? 'member' : undefined
  if (day.startsWith(start)) return 'possibly'
  return start < day ? 'member' : undefined
}

/** The start to judge by: a curated day inside a coarser learned start replaces it. */
function effectiveStart(start: string, curated: readonly string[] | undefined): string {
  if (start.length >= 10) return start
  return curated?.find((day) => day.length === 10 && day.startsWith(start)) ?? start
}

/** One side of a learned relation held on a day, summed over its statements. */
export interface LearnedHolding {
  /** The other side: the member when asking an organization, the organization when asking a member. */
  readonly other: string
  readonly from: string
  readonly to: string | null
  readonly certainty: 'member' | 'possibly'
  /** How many statements in news support it (near-duplicate copies left out), sure and vague ones together. */
  readonly statements: number
}

/**
 * The learned holdings of one id on a day, from its rows indexed once (indexHeld). A statement with a start to the
 * day (or finer) and no end can only make a sure holding, and of those only the earliest start and how many start
 * on or before the day matter: one binary search over their sorted starts answers it. The other rows (an end, or a
 * start known only to a month or a year, judged against the day and the curated starts) are read one by one. So a
 * day costs a few steps per other side instead of a pass over every row (an organization of the 1 M-event store
 * has 1,800), and allocates little beyond the answer.
 */
export function holdingsOn(
  index: readonly Held[],
  at: string,
  curatedStarts?: ReadonlyMap<string, readonly string[]>,
): LearnedHolding[] {
  const result: LearnedHolding[] = []
  for (const held of index) {
    const open = countUpTo(held.openStarts, at)
    const sure = new Span()
    const possible = new Span()
    let statements = 0
    if (open > 0) {
      sure.add(held.openStarts[0] as string, '')
      statements = held.openCounts[open - 1] as number
    }
    const curated = curatedStarts?.get(held.other)
    for (const row of held.rest) {
      if (!(row.from <= at) || !(row.to === '' || row.to >= at.slice(0, row.to.length))) continue
      const start = effectiveStart(row.from, curated)
      const certainty = startCertainty(start, at)
      if (certainty === undefined) continue
      ;(certainty === 'member' ? sure : possible).add(start, row.to)
      statements += row.statements
    }
    // a sure statement makes a holding; the vaguer ones then only add to the count
    const span = sure.from !== undefined ? sure : possible
    if (span.from === undefined) continue
    const certainty = span === sure ? 'member' : 'possibly'
    result.push({ other: held.other, from: span.from, to: span.open ? null : span.to, certainty, statements })
  }
  return result
}

/** The earliest start, and the latest end or whether any is open, of the statements added. */
class Span {
  from: string | undefined
  to = ''
  open = false
  add(from: string, to: string): void {
    if (this.from === undefined || from < this.from) this.from = from
    if (to === '') this.open = true
    else if (to > this.to) this.to = to
  }
}

/** How many of the sorted texts are at most `at` (compared as text). */
function countUpTo(sorted: readonly string[], at: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as string) <= at) low = middle + 1
    else high = middle
  }
  return low
}

/** One fact_holdings row of an id: the other side, a start (never empty), an end ('' when open), a count. */
interface HeldRow {
  readonly other: string
  readonly from: string
  readonly to: string
  readonly statements: number
}

/**
 * An id's rows with one other side: the starts to the day (or finer) of the rows with no end, sorted, with the
 * statements of the first k of them at k - 1; and every other row.
 */
export interface Held {
  readonly other: string
  readonly openStarts: readonly string[]
  readonly openCounts: readonly number[]
  readonly rest: readonly HeldRow[]
}

/** Rows in the order of the other side the store gave, one Held per other side, in that order. */
export function indexHeld(rows: readonly HeldRow[]): Held[] {
  const held: Held[] = []
  for (let first = 0; first < rows.length;) {
    const other = (rows[first] as HeldRow).other
    let end = first
    while (end < rows.length && (rows[end] as HeldRow).other === other) end++
    const mine = rows.slice(first, end)
    const open = mine.filter((row) => row.from.length >= 10 && row.to === '').sort((a, b) => compare(a.from, b.from))
    let sum = 0
    held.push({
      other,
      openStarts: open.map((row) => row.from),
      openCounts: open.map((row) => (sum += row.statements)),
      rest: mine.filter((row) => !(row.from.length >= 10 && row.to === '')),
    })
    first = end
  }
  return held
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
