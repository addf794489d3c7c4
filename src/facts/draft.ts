import type { Fact, Span } from '../document.js'

/** A fact before its id is given. */
export type FactDraft = Omit<Fact, 'id'>

/** A learned fact with its evidence. */
export function learned(
  relation: string,
  subject: string,
  object: string,
  evidence: Span,
  extra: Partial<Pick<Fact, 'start' | 'end' | 'startAfter' | 'at' | 'attributes' | 'confidence'>> = {},
): FactDraft {
  return { relation, subject, object, attributes: {}, learned: true, confidence: 0.7, evidence, ...extra }
}
