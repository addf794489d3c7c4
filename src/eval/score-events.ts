import type { GoldDoc, GoldEvent } from './gold.js'
import { emptyFindings, type Findings } from './item.js'
import { matchGreedy, type Fit } from './match.js'
import { addCounts, addShare, emptyCounts, scoreOf, shareOf, type Counts, type Score, type Share } from './score.js'
import { sameDateAtGoldPrecision } from './dates.js'
import type { SystemEvent } from './system.js'

export interface EventsTally {
  root: Counts
  full: Counts
  /** Matched events with a gold `date`, and how many of them carry it. */
  date: Share
  /** Matched events with a gold `date_after`, and how many carry it as their lower bound. */
  dateAfter: Share
  /** System events left out of the counts because they match an optional event. */
  optional: number
}

export interface EventsReport {
  readonly root: Score
  readonly full: Score
  readonly date_accuracy: number | null
  readonly dated: number
  readonly date_after_accuracy: number | null
  readonly dated_after: number
  readonly optional_matched: number
}

export function emptyEventsTally(): EventsTally {
  return { root: emptyCounts(), full: emptyCounts(), date: share(), dateAfter: share(), optional: 0 }
}

/** Scores one document's system events against its gold events (FORMAT.md, "Events"). */
export function scoreEvents(gold: GoldDoc, system: readonly SystemEvent[]): { tally: EventsTally; findings: Findings } {
  const golds = gold.events ?? []
  const tally = emptyEventsTally()
  const findings = emptyFindings()
  const matching = matchGreedy(golds, system, eventFit)
  for (const [g, s, fit] of matching.pairs) judgePair(golds[g]!, system[s]!, fit, tally, findings)
  // Unmatched system events that an optional event accounts for are neither rewarded nor punished.
  const leftover = matching.unmatchedSystem.map((index) => system[index]!)
  const optional = matchGreedy(gold.optional_events ?? [], leftover, eventFit)
  const optionalTaken = new Set(optional.pairs.map(([, s]) => s))
  const spurious = leftover.filter((_, index) => !optionalTaken.has(index))
  tally.optional = optionalTaken.size
  const strong = matching.pairs.filter(([, , fit]) => fit === 'strong').length
  const missed = matching.unmatchedGold.length
  tally.root = { tp: matching.pairs.length, fp: spurious.length, fn: missed }
  tally.full = {
    tp: strong,
    fp: spurious.length + matching.pairs.length - strong,
    fn: missed + matching.pairs.length - strong,
  }
  for (const index of matching.unmatchedGold) findings.missed.push({ part: 'events', label: goldLabel(golds[index]!) })
  for (const event of spurious) findings.spurious.push({ part: 'events', label: systemLabel(event) })
  return { tally, findings }
}

/**
 * Actors equal (a null side means "no actor" unless `actors_unscored`, then anything), negation equal,
 * then the code: CAMEO in the gold list is full, same two-digit root is root; without a gold CAMEO list
 * the PLOVER type decides at both levels; with neither, actors and negation alone decide.
 */
export function eventFit(gold: GoldEvent, system: SystemEvent): Fit {
  if (!actorFits(gold.source, system.source, gold.actors_unscored)) return false
  if (!actorFits(gold.target, system.target, gold.actors_unscored)) return false
  if ((gold.negated ?? false) !== system.negated) return false
  if (gold.cameo !== undefined && gold.cameo.length > 0) {
    if (gold.cameo.includes(system.cameo)) return 'strong'
    return gold.cameo.some((code) => code.slice(0, 2) === system.cameo.slice(0, 2)) ? 'weak' : false
  }
  if (gold.plover !== undefined && gold.plover.length > 0) {
    const plover = system.plover?.toUpperCase()
    return gold.plover.some((type) => type.toUpperCase() === plover) ? 'strong' : false
  }
  return 'strong'
}

function actorFits(
  gold: string | null | undefined,
  system: string | undefined,
  unscored: boolean | undefined,
): boolean {
  if (gold === null || gold === undefined) return unscored === true || system === undefined
  return gold === system
}

function judgePair(
  gold: GoldEvent,
  system: SystemEvent,
  fit: 'strong' | 'weak',
  tally: EventsTally,
  findings: Findings,
): void {
  const wrong = (reason: string): void => {
    findings.wrong.push({ part: 'events', label: goldLabel(gold), reason })
  }
  if (fit === 'weak') wrong(`root match only: system coded ${system.cameo}`)
  if (gold.date !== undefined) {
    tally.date.total += 1
    if (sameDateAtGoldPrecision(gold.date, system.date)) tally.date.correct += 1
    else wrong(`date ${system.date ?? 'none'}, gold ${gold.date}`)
  }
  if (gold.date_after !== undefined) {
    tally.dateAfter.total += 1
    if (sameDateAtGoldPrecision(gold.date_after, system.dateAfter)) tally.dateAfter.correct += 1
    else wrong(`date after ${system.dateAfter ?? 'none'}, gold ${gold.date_after}`)
  }
}

export function addEvents(into: EventsTally, from: EventsTally): void {
  addCounts(into.root, from.root)
  addCounts(into.full, from.full)
  addShare(into.date, from.date)
  addShare(into.dateAfter, from.dateAfter)
  into.optional += from.optional
}

export function reportEvents(tally: EventsTally): EventsReport {
  return {
    root: scoreOf(tally.root),
    full: scoreOf(tally.full),
    date_accuracy: shareOf(tally.date),
    dated: tally.date.total,
    date_after_accuracy: shareOf(tally.dateAfter),
    dated_after: tally.dateAfter.total,
    optional_matched: tally.optional,
  }
}

function goldLabel(event: GoldEvent): string {
  const actor = (id: string | null | undefined): string => id ?? (event.actors_unscored ? '*' : '-')
  const code = event.cameo?.join('|') ?? event.plover?.join('|') ?? '?'
  const negated = event.negated ? ' negated' : ''
  const evidence = event.evidence === undefined ? '' : ` "${event.evidence}"`
  return `${actor(event.source)} → ${actor(event.target)} ${code}${negated}${evidence}`
}

function systemLabel(event: SystemEvent): string {
  const plover = event.plover === undefined ? '' : `/${event.plover}`
  const negated = event.negated ? ' negated' : ''
  return `${event.source ?? '-'} → ${event.target ?? '-'} ${event.cameo}${plover}${negated} "${event.evidence}"`
}

function share(): Share {
  return { correct: 0, total: 0 }
}
