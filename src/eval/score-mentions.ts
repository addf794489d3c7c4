import type { GoldDoc } from './gold.js'
import { emptyFindings, spanItem, type Findings } from './item.js'
import { matchGreedy } from './match.js'
import type { MentionTypes } from './mention-types.js'
import { addCounts, emptyCounts, scoreOf, type Counts, type Score } from './score.js'
import { overlaps, sameSpan } from './span.js'
import type { SystemSpan } from './system.js'

export interface MentionTypeTally {
  exact: Counts
  partial: Counts
}

export interface MentionsTally {
  byType: Record<string, MentionTypeTally>
}

export interface MentionsReport {
  readonly exact: Score
  readonly partial: Score
  readonly by_type: Record<string, { readonly exact: Score; readonly partial: Score }>
}

/**
 * Mentions match within one type: the same span is exact, an overlapping one partial (exact pairs are
 * taken first). System mentions of a type the set does not annotate are ignored.
 */
export function scoreMentions(
  gold: GoldDoc,
  system: readonly SystemSpan[],
  types: MentionTypes,
): { tally: MentionsTally; findings: Findings } {
  const findings = emptyFindings()
  const byType: Record<string, MentionTypeTally> = {}
  const typed = system.map((mention) => ({ ...mention, type: types.retype.get(mention.type) ?? mention.type }))
  for (const type of [...types.annotated].sort()) {
    const golds = (gold.mentions ?? []).filter((mention) => mention.type === type)
    const systems = typed.filter((mention) => mention.type === type)
    const matching = matchGreedy(golds, systems, (g, s) =>
      sameSpan(g, s) ? 'strong' : overlaps(g, s) ? 'weak' : false,
    )
    const exact = matching.pairs.filter(([, , fit]) => fit === 'strong').length
    const partial = matching.pairs.length
    byType[type] = {
      exact: { tp: exact, fp: systems.length - exact, fn: golds.length - exact },
      partial: { tp: partial, fp: systems.length - partial, fn: golds.length - partial },
    }
    for (const [g, s, fit] of matching.pairs) {
      if (fit === 'weak')
        findings.wrong.push({
          ...spanItem('mentions', golds[g]!),
          reason: `partial: system ${spanItem('mentions', systems[s]!).label}`,
        })
    }
    for (const index of matching.unmatchedGold) findings.missed.push(spanItem('mentions', golds[index]!))
    for (const index of matching.unmatchedSystem) findings.spurious.push(spanItem('mentions', systems[index]!))
  }
  return { tally: { byType }, findings }
}

export function emptyMentionsTally(): MentionsTally {
  return { byType: {} }
}

export function addMentions(into: MentionsTally, from: MentionsTally): void {
  for (const [type, counts] of Object.entries(from.byType)) {
    const target = (into.byType[type] ??= { exact: emptyCounts(), partial: emptyCounts() })
    addCounts(target.exact, counts.exact)
    addCounts(target.partial, counts.partial)
  }
}

export function reportMentions(tally: MentionsTally): MentionsReport {
  const exact = emptyCounts()
  const partial = emptyCounts()
  const byType: MentionsReport['by_type'] = {}
  for (const type of Object.keys(tally.byType).sort()) {
    const counts = tally.byType[type]!
    addCounts(exact, counts.exact)
    addCounts(partial, counts.partial)
    byType[type] = { exact: scoreOf(counts.exact), partial: scoreOf(counts.partial) }
  }
  return { exact: scoreOf(exact), partial: scoreOf(partial), by_type: byType }
}
