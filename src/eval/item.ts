import type { Part } from './gold.js'

/** A missed, spurious or wrong item, for `--verbose` and the report's per-document lists. */
export interface Item {
  readonly part: Part
  readonly label: string
  /** Why a matched pair is still wrong ("date 2023-04 ≠ 2023-04-05"). */
  readonly reason?: string
  readonly start?: number
  readonly end?: number
}

/** What scoring one part of one document found besides its counts. */
export interface Findings {
  readonly missed: Item[]
  readonly spurious: Item[]
  /** Pairs that matched loosely but not fully (root-only events, partial mentions, wrong time values…). */
  readonly wrong: Item[]
}

export function emptyFindings(): Findings {
  return { missed: [], spurious: [], wrong: [] }
}

/** A span item: `PERSON "Shinzo Abe" 10-20`. */
export function spanItem(
  part: Part,
  span: { start: number; end: number; text: string; type?: string | undefined },
): Item {
  const prefix = span.type === undefined ? '' : `${span.type} `
  return {
    part,
    label: `${prefix}${JSON.stringify(span.text)} ${span.start}-${span.end}`,
    start: span.start,
    end: span.end,
  }
}
