import type { Part } from './gold.js'
import { PARTS } from './gold.js'
import {
  addEntities,
  emptyEntitiesTally,
  reportEntities,
  type EntitiesReport,
  type EntitiesTally,
} from './score-entities.js'
import { addEvents, emptyEventsTally, reportEvents, type EventsReport, type EventsTally } from './score-events.js'
import { addFacts, emptyFactsTally, reportFacts, type FactsReport, type FactsTally } from './score-facts.js'
import {
  addMentions,
  emptyMentionsTally,
  reportMentions,
  type MentionsReport,
  type MentionsTally,
} from './score-mentions.js'
import { addTimes, emptyTimesTally, reportTimes, type TimesReport, type TimesTally } from './score-times.js'

/** Raw counts per part; a part is absent when nothing scored it. */
export interface Tally {
  events?: EventsTally
  facts?: FactsTally
  entities?: EntitiesTally
  mentions?: MentionsTally
  times?: TimesTally
}

/** The figures of every part; null where nothing was scored, never a made-up zero. */
export interface PartsReport {
  readonly events: EventsReport | null
  readonly facts: FactsReport | null
  readonly entities: EntitiesReport | null
  readonly mentions: MentionsReport | null
  readonly times: TimesReport | null
}

/** Adds one tally into another, part by part. */
export function addTally(into: Tally, from: Tally): void {
  if (from.events) addEvents((into.events ??= emptyEventsTally()), from.events)
  if (from.facts) addFacts((into.facts ??= emptyFactsTally()), from.facts)
  if (from.entities) addEntities((into.entities ??= emptyEntitiesTally()), from.entities)
  if (from.mentions) addMentions((into.mentions ??= emptyMentionsTally()), from.mentions)
  if (from.times) addTimes((into.times ??= emptyTimesTally()), from.times)
}

export function reportTally(tally: Tally): PartsReport {
  return {
    events: tally.events ? reportEvents(tally.events) : null,
    facts: tally.facts ? reportFacts(tally.facts) : null,
    entities: tally.entities ? reportEntities(tally.entities) : null,
    mentions: tally.mentions ? reportMentions(tally.mentions) : null,
    times: tally.times ? reportTimes(tally.times) : null,
  }
}

/** The parts some document scores in a tally. */
export function tallyParts(tally: Tally): Part[] {
  return PARTS.filter((part) => tally[part] !== undefined)
}
