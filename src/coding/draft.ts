import type { EventDate, Modality } from '../document.js'
import type { ActorSpan } from './view.js'

/** An event found in a sentence, before dates, places and ids are filled in. */
export interface Draft {
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
  date?: EventDate
  dateAfter?: string
  place?: string
}
