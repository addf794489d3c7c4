import type { GoldDoc } from './gold.js'
import { emptyFindings, spanItem, type Findings } from './item.js'
import { matchGreedy } from './match.js'
import { addCounts, emptyCounts, ratio, scoreOf, type Counts, type Score } from './score.js'
import { sameTimeValue } from './dates.js'
import { overlaps } from './span.js'
import type { SystemSpan } from './system.js'

export interface TimesTally {
  /** Overlapping spans, whatever their value. */
  detection: Counts
  /** Overlapping spans with the equal value (TempEval-3 value F1). */
  value: Counts
}

export interface TimesReport {
  readonly detection: Score
  readonly value: Score
  /** Of detected (matched) times, the share with the equal value. */
  readonly value_accuracy: number | null
  readonly matched: number
}

export function emptyTimesTally(): TimesTally {
  return { detection: emptyCounts(), value: emptyCounts() }
}

/**
 * A system time matches a gold one whose span overlaps it; pairs with an equal value are taken first, so a
 * right value is never lost to an overlapping neighbour.
 */
export function scoreTimes(gold: GoldDoc, system: readonly SystemSpan[]): { tally: TimesTally; findings: Findings } {
  const golds = gold.times ?? []
  const findings = emptyFindings()
  const matching = matchGreedy(golds, system, (g, s) =>
    !overlaps(g, s) ? false : sameTimeValue(g.value, s.value) ? 'strong' : 'weak',
  )
  const valued = matching.pairs.filter(([, , fit]) => fit === 'strong').length
  const matched = matching.pairs.length
  for (const [g, s, fit] of matching.pairs) {
    if (fit === 'weak') {
      const item = spanItem('times', { ...golds[g]!, type: golds[g]!.value })
      findings.wrong.push({ ...item, reason: `value ${system[s]!.value ?? 'none'}, gold ${golds[g]!.value ?? 'none'}` })
    }
  }
  for (const index of matching.unmatchedGold)
    findings.missed.push(spanItem('times', { ...golds[index]!, type: golds[index]!.value }))
  for (const index of matching.unmatchedSystem)
    findings.spurious.push(spanItem('times', { ...system[index]!, type: system[index]!.value }))
  return {
    tally: {
      detection: { tp: matched, fp: system.length - matched, fn: golds.length - matched },
      value: { tp: valued, fp: system.length - valued, fn: golds.length - valued },
    },
    findings,
  }
}

export function addTimes(into: TimesTally, from: TimesTally): void {
  addCounts(into.detection, from.detection)
  addCounts(into.value, from.value)
}

export function reportTimes(tally: TimesTally): TimesReport {
  return {
    detection: scoreOf(tally.detection),
    value: scoreOf(tally.value),
    value_accuracy: ratio(tally.value.tp, tally.detection.tp),
    matched: tally.detection.tp,
  }
}
