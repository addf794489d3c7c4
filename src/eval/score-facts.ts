import type { GoldDoc } from './gold.js'
import { emptyFindings, type Findings } from './item.js'
import { matchGreedy } from './match.js'
import { addCounts, addShare, emptyCounts, scoreOf, shareOf, type Counts, type Score, type Share } from './score.js'
import { sameDateAtGoldPrecision } from './dates.js'
import type { SystemFact } from './system.js'

export interface FactsTally {
  match: Counts
  /** Matched facts with a gold `start`, and how many of them carry it. */
  start: Share
}

export interface FactsReport {
  readonly match: Score
  readonly start_accuracy: number | null
  readonly started: number
}

/** One gold fact per subject: a subject list stands for one fact per member. */
export interface GoldFactItem {
  readonly relation: string
  readonly subject: string
  readonly object: string
  readonly start: string | undefined
}

export function emptyFactsTally(): FactsTally {
  return { match: emptyCounts(), start: { correct: 0, total: 0 } }
}

/** Expands subject lists into one fact per member. */
export function expandFacts(gold: GoldDoc): GoldFactItem[] {
  return (gold.facts ?? []).flatMap((fact) =>
    (typeof fact.subject === 'string' ? [fact.subject] : fact.subject).map((subject) => ({
      relation: fact.relation,
      subject,
      object: fact.object,
      start: fact.start,
    })),
  )
}

/** Facts match on relation, subject and object; each gold fact matches at most one system fact. */
export function scoreFacts(gold: GoldDoc, system: readonly SystemFact[]): { tally: FactsTally; findings: Findings } {
  const golds = expandFacts(gold)
  const tally = emptyFactsTally()
  const findings = emptyFindings()
  const matching = matchGreedy(golds, system, (g, s) =>
    g.relation === s.relation && g.subject === s.subject && g.object === s.object ? 'strong' : false,
  )
  for (const [g, s] of matching.pairs) {
    const fact = golds[g]!
    if (fact.start === undefined) continue
    tally.start.total += 1
    const start = system[s]!.start
    if (sameDateAtGoldPrecision(fact.start, start)) tally.start.correct += 1
    else
      findings.wrong.push({ part: 'facts', label: label(fact), reason: `start ${start ?? 'none'}, gold ${fact.start}` })
  }
  tally.match = {
    tp: matching.pairs.length,
    fp: matching.unmatchedSystem.length,
    fn: matching.unmatchedGold.length,
  }
  for (const index of matching.unmatchedGold) findings.missed.push({ part: 'facts', label: label(golds[index]!) })
  for (const index of matching.unmatchedSystem) findings.spurious.push({ part: 'facts', label: label(system[index]!) })
  return { tally, findings }
}

export function addFacts(into: FactsTally, from: FactsTally): void {
  addCounts(into.match, from.match)
  addShare(into.start, from.start)
}

export function reportFacts(tally: FactsTally): FactsReport {
  return { match: scoreOf(tally.match), start_accuracy: shareOf(tally.start), started: tally.start.total }
}

function label(fact: { relation: string; subject: string; object: string; start?: string | undefined }): string {
  const start = fact.start === undefined ? '' : ` from ${fact.start}`
  return `${fact.relation}(${fact.subject}, ${fact.object})${start}`
}
