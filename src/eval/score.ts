/** True positives, false positives and false negatives of one figure. */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** A figure as the report prints it; a ratio with a zero denominator is null, never a made-up zero. */
export interface Score {
  readonly p: number | null
  readonly r: number | null
  readonly f1: number | null
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

/** A share of matched items that is right (`correct` of `total`); null when there is nothing to judge. */
export interface Share {
  correct: number
  total: number
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 }
}

/** Precision/recall/F1 from counts, rounded to 4 decimals. */
export function scoreOf(counts: Counts): Score {
  const { tp, fp, fn } = counts
  return {
    p: ratio(tp, tp + fp),
    r: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    tp,
    fp,
    fn,
  }
}

/** `part / whole` rounded to 4 decimals, or null when `whole` is 0. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000
}

export function shareOf(share: Share): number | null {
  return ratio(share.correct, share.total)
}

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp
  into.fp += from.fp
  into.fn += from.fn
}

export function addShare(into: Share, from: Share): void {
  into.correct += from.correct
  into.total += from.total
}
