import type { EventDate, Modality } from '../document.js'
import type { ActorSpan } from '../nlp/syntax/index.js'

/** An event found in a sentence, before dates, places and ids are filled in. */
export interface EventDraft {
  readonly sentence: number
  /** Trigger tokens: the head and the last token of the matched phrase. */
  readonly head: number
  readonly last: number
  readonly code: string
  readonly rule: string
  readonly noun: boolean
  readonly source?: ActorSpan
  readonly target?: ActorSpan
  readonly negated: boolean
  readonly modality: Modality
  readonly confidence: number
  /** Token range of the evidence clause: from the first subject to the end of the object. */
  readonly clause: readonly [number, number]
  /** The event this one reacts to ("condemned the move"): its date when the reaction has none. */
  readonly follows?: EventDraft
  date?: EventDate
  /** The date was shifted from a time of another clause ("a day after"): it does not date the narrative. */
  shifted?: boolean
  dateAfter?: string
  place?: string
}
