import type { GoldDoc } from './gold.js'
import { emptyFindings, type Findings } from './item.js'
import { addCounts, emptyCounts, scoreOf, type Counts, type Score } from './score.js'
import type { SystemItems } from './system.js'

export interface EntitiesTally {
  match: Counts
}

export interface EntitiesReport {
  readonly match: Score
}

export function emptyEntitiesTally(): EntitiesTally {
  return { match: emptyCounts() }
}

/**
 * A gold entity is found when some system mention is linked to its id (tp, else fn); every system entity
 * of kind country/organization/person that no gold entity names is a false positive.
 */
export function scoreEntities(
  gold: GoldDoc,
  system: Pick<SystemItems, 'entities' | 'linked'>,
): { tally: EntitiesTally; findings: Findings } {
  const findings = emptyFindings()
  const goldIds = new Set((gold.entities ?? []).map((entity) => entity.id))
  let tp = 0
  for (const id of goldIds) {
    if (system.linked.has(id)) tp += 1
    else findings.missed.push({ part: 'entities', label: id })
  }
  const spurious = system.entities.filter((id) => !goldIds.has(id))
  for (const id of spurious) findings.spurious.push({ part: 'entities', label: id })
  return { tally: { match: { tp, fp: spurious.length, fn: goldIds.size - tp } }, findings }
}

export function addEntities(into: EntitiesTally, from: EntitiesTally): void {
  addCounts(into.match, from.match)
}

export function reportEntities(tally: EntitiesTally): EntitiesReport {
  return { match: scoreOf(tally.match) }
}
