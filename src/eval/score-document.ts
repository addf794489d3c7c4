import type { Doc, LayerName } from '../document.js'
import type { GoldDoc, Part } from './gold.js'
import { emptyFindings, type Findings } from './item.js'
import type { MentionTypes } from './mention-types.js'
import { scoreEntities } from './score-entities.js'
import { scoreEvents } from './score-events.js'
import { scoreFacts } from './score-facts.js'
import { scoreMentions } from './score-mentions.js'
import { scoreTimes } from './score-times.js'
import { systemItems } from './system.js'
import type { Tally } from './tally.js'

/** The layer a part needs from the pipeline; without it the part is "not built", not scored as zero. */
export const PART_LAYER: Readonly<Record<Part, LayerName>> = {
  events: 'events',
  facts: 'facts',
  entities: 'entities',
  mentions: 'mentions',
  times: 'times',
}

export interface ScoreContext {
  /** Layers the pipeline produces. */
  readonly built: ReadonlySet<LayerName>
  /** Mention types of the document's gold set. */
  readonly mentionTypes: MentionTypes
}

/** Scores the parts a gold document annotates and the pipeline builds. */
export function scoreDocument(gold: GoldDoc, doc: Doc, context: ScoreContext): { tally: Tally; findings: Findings } {
  const system = systemItems(doc)
  const tally: Tally = {}
  const findings = emptyFindings()
  const keep = (found: Findings): void => {
    findings.missed.push(...found.missed)
    findings.spurious.push(...found.spurious)
    findings.wrong.push(...found.wrong)
  }
  const scores = (part: Part): boolean => gold.scored.includes(part) && context.built.has(PART_LAYER[part])
  if (scores('events')) {
    const result = scoreEvents(gold, system.events)
    tally.events = result.tally
    keep(result.findings)
  }
  if (scores('facts')) {
    const result = scoreFacts(gold, system.facts)
    tally.facts = result.tally
    keep(result.findings)
  }
  if (scores('entities')) {
    const result = scoreEntities(gold, system)
    tally.entities = result.tally
    keep(result.findings)
  }
  if (scores('mentions')) {
    const result = scoreMentions(gold, system.mentions, context.mentionTypes)
    tally.mentions = result.tally
    keep(result.findings)
  }
  if (scores('times')) {
    const result = scoreTimes(gold, system.times)
    tally.times = result.tally
    keep(result.findings)
  }
  return { tally, findings }
}
