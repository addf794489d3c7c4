import type { ActorRef } from '../document.js'
import type { ActorSpan } from '../nlp/syntax/index.js'

/**
 * Whether two actors are officials of one state on the same side, so that an act between them is no event between
 * actors: "Blinken and Austin met", "the French foreign and defence ministers held talks", "Netanyahu met Herzog".
 * CAMEO codes acts between actors; within one country two sides stand when their sectors differ (a ruler and a former
 * one, the army and rebels) and when either is a body, a people or a place rather than an office holder (a crowd's
 * demand of its president, a curfew the authorities impose on a town, an ethnic group's truce with another).
 */
export function oneSide(source: ActorSpan, target: ActorSpan): boolean {
  if (source.ref.entity !== target.ref.entity || !official(source) || !official(target)) return false
  // the head of a regional government or a party meeting the state's ("Barzani met Maliki") is a side of his own
  if (source.ref.group !== target.ref.group) return false
  return sideOf(source.ref) === sideOf(target.ref)
}

/** The sector part of an actor code ("GOV" of "FRAGOV"), with an office holder's bare state standing for its government. */
function sideOf(ref: ActorRef): string {
  const code = ref.code ?? ref.entity
  const sector = code.startsWith(ref.entity) ? code.slice(ref.entity.length) : code
  return sector === '' ? 'GOV' : sector
}

/** A person acting for a state: a name with a role, a title and name, or a description ("the French defence minister"). */
function official(span: ActorSpan): boolean {
  const { mention } = span
  return mention.form !== 'pronoun' && (mention.type === 'PERSON' || mention.kind === 'person')
}
