import { isPossessiveMarker, placeActor, type ActorSpan, type DocView } from '../nlp/syntax/index.js'

// DOMESTIC_GROUPS (view.words): Nouns for groups and bodies inside a country: with no country named, they belong to the
// actor's own.

// ARMED_GROUPS (view.words): Armed groups: at home when an actor deals with them by words or concessions ("lifted the
// ban on the rebels"), but often abroad when the action is force ("struck rebel sites"), so not assumed domestic there.

/** How far after the trigger the object of an event is looked for. */
const OBJECT_REACH = 8

/**
 * The first token of a closing attribution (", police said." or ", the agency reported"): actors named there
 * report the event and take no part in it.
 */
function attributionStart(view: DocView, first: number, end: number): number {
  for (let i = end - 1; i >= Math.max(first, end - 8); i--) {
    if (!(view.forms[i] ?? []).some((form) => view.words.SAY_VERBS.has(form))) continue
    for (let j = i - 1; j >= first; j--) if (view.tokens[j]?.norm === ',') return j
    return end
  }
  return end
}

const STATE_FORMS = new Set(['name', 'capital'])

/**
 * Whether an actor is a state named whole, by its name or capital and with no agent of it, as the object of a verb
 * ("criticised China") or the other side of a preposition ("cut ties with Iran", "sent cash to Honduras", "pulled out
 * of Russia"): an unnamed group dealing with it
 * is as likely foreign as at home, unlike one acting where it is ("demonstrated in Serbia"), on the state's own affairs
 * ("boycott Algeria's elections") or on its agents ("demanded the resignation of Serbia's prime minister"). (A protest,
 * a demand or an appeal is aimed at one's own government whatever its preposition: the caller keeps it at home.)
 */
export function otherSideState(view: DocView, span: ActorSpan): boolean {
  const { mention } = span
  if (mention.kind !== 'country' || !STATE_FORMS.has(mention.form) || mention.sector) return false
  // "the resignation of Serbia's prime minister": the state owns the phrase's head, an agent of its own
  const after = view.tokens[span.last + 1]
  if (!after || isPossessiveMarker(after) || after.pos === 'NOUN' || after.pos === 'PROPN') return false
  let k = span.first - 1
  while (view.tokens[k]?.pos === 'DET') k--
  const before = view.tokens[k]
  if (before?.pos === 'VERB') return true
  return before?.pos === 'ADP' && !view.words.INESSIVE_PREPOSITIONS.has(before.norm)
}

/** Whether the sentence names an actor of another country or organization than `own` (attribution aside). */
export function namesOtherActor(view: DocView, first: number, end: number, own: ReadonlySet<string>): boolean {
  const stop = attributionStart(view, first, end)
  for (let i = first; i < stop; i++) {
    const span = view.actorStart.get(i)
    if (span && !own.has(span.ref.entity)) return true
    const place = view.located.get(i)
    if (place && !own.has(place.country)) return true
  }
  return false
}

function objectEnd(view: DocView, from: number, end: number, last = from): number {
  const limit = Math.min(end, Math.max(from, last + 1) + OBJECT_REACH)
  for (let i = from; i < limit; i++) {
    const token = view.tokens[i]
    if (!token || view.words.CLAUSE_OPENERS.has(token.norm) || token.norm === ',' || token.pos === 'SCONJ') return i
  }
  return limit
}

/**
 * Whether the object of an event names a group or person inside a country and no country: a name the KB does not
 * place ("the opposition weekly El Faro"), a person with no country, or a domestic group noun. For an act of
 * `force`, armed groups are not assumed to be at home.
 */
export function domesticObject(view: DocView, force: boolean, from: number, end: number): boolean {
  const { DOMESTIC_GROUPS, ARMED_GROUPS } = view.words
  // "demanding that President Mnangagwa drop …": the object is the clause after "that"
  if (view.words.COMPLEMENTIZERS.has(view.tokens[from]?.norm ?? '')) from++
  const stop = objectEnd(view, from, end)
  for (let i = from; i < stop; i++) {
    if (view.actorCover.has(i)) return false
    const mention = view.mentionCover.get(i)
    // an unplaced name of a place may lie abroad ("pull its troops out of Mali"); a group or person is at home
    if (mention && (mention.type === 'PERSON' || mention.type === 'ORGANIZATION') && mention.form !== 'pronoun') {
      if (!mention.entity || mention.kind === 'person' || mention.entity.startsWith('person:')) return true
    }
    const token = view.tokens[i]
    const nominal = token?.pos === 'NOUN' || token?.pos === 'ADJ'
    // "detained foreign journalists": a group said to be foreign is not at home
    const group = (view.forms[i] ?? []).some((f) => DOMESTIC_GROUPS.has(f) || (!force && ARMED_GROUPS.has(f)))
    if (nominal && group && !foreignModified(view, i)) return true
  }
  return false
}

/** Whether a word of FOREIGN_MODIFIERS stands before the noun at `i`, or before one modifier of it. */
function foreignModified(view: DocView, i: number): boolean {
  const { FOREIGN_MODIFIERS } = view.words
  if (FOREIGN_MODIFIERS.has(view.tokens[i - 1]?.norm ?? '')) return true
  const modifier = view.tokens[i - 1]?.pos
  return (modifier === 'ADJ' || modifier === 'NOUN') && FOREIGN_MODIFIERS.has(view.tokens[i - 2]?.norm ?? '')
}

/**
 * A place or region the KB files under a country, named by a preposition in the object of a material action:
 * "halted relief work in Kabul" → AFG. Its country stands as the target. The object is read from the head
 * (`from`) to a few tokens past the last word of the match (`last`); the caller asks it only for codes whose
 * target a place may name (the code table's placeTarget).
 */
export function placeTarget(
  view: DocView,
  from: number,
  last: number,
  end: number,
  own: ReadonlySet<string> = new Set(),
): ActorSpan | undefined {
  const stop = objectEnd(view, from, end, last)
  for (let i = from; i < stop; i++) {
    // "launched its offensive in Rafah": the doer's own possessive names no other side
    const actor = view.actorCover.get(i)
    if (actor && !(actor.mention.form === 'pronoun' && own.has(actor.ref.entity))) return undefined
    const place = view.located.get(i)
    if (!place) continue
    let j = i - 1
    while (view.tokens[j]?.pos === 'DET') j--
    if (!view.words.PLACE_PREPOSITIONS.has(view.tokens[j]?.norm ?? '')) continue
    return placeActor(place)
  }
  return undefined
}

/** The one country or organization a sentence names (attribution aside), if it names exactly one. */
export function soleActor(view: DocView, first: number, end: number): ActorSpan | undefined {
  const stop = attributionStart(view, first, end)
  let found: ActorSpan | undefined
  for (let i = first; i < stop; i++) {
    const span = view.actorStart.get(i)
    if (span) {
      if (found && found.ref.entity !== span.ref.entity) return undefined
      found ??= span
    }
    const place = view.located.get(i)
    if (place && found && place.country !== found.ref.entity) return undefined
  }
  return found
}
