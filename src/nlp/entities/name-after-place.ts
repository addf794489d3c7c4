import { withFields } from '../../objects.js'
import type { TitleTable } from '../../kb/index.js'
import type { DocIndex } from '../segment/index.js'
import type { MentionDraft } from './classify.js'
import type { GazetteerMatch } from './gazetteer.js'
import type { AliasHit, KbView } from './kb-view.js'
import { isAcronym, nameRun, titleAt } from './names.js'
import { FACILITY_HEADS, ORG_HEADS, OTHER_HEADS, PLACE_HEADS } from './vocabulary.js'

const words = (list: string) => new Set(list.split(' '))

/** Words that make a country's organization a state organ, which acts for the country ("U.S. Northern Command"). */
const STATE_ORGANS = words(
  'Army Navy Air Force Forces Marines Marine Corps Command Ministry Department Government Parliament Embassy ' +
    'Guard Police Cabinet Office Administration Agency Service Congress Senate',
)

/** Words that make it a body of its own instead ("Syrian Democratic Forces", "Qatar Airways"). */
const NON_STATE = words(
  'Democratic Free Liberation Opposition Rebel Resistance Popular Islamic Revolutionary National Airlines Airways',
)

type Run = { first: number; last: number }

/**
 * A name that goes on after a known country, city or region, read as one mention or none: an organization
 * (`organ`), a site ("Tokyo Tower", "Brussels Grand Theater": one place) or an event or programme named after a
 * city or capital ("Paris Air Show", "Tokyo Motor Show": the city is part of a name, not a place mention).
 */
export function nameAfterPlace(
  index: DocIndex,
  match: GazetteerMatch,
  last: number,
  titles: TitleTable,
  isGroupAt: (k: number) => boolean = () => false,
): { draft?: MentionDraft; last: number } | undefined {
  const { text, tokens } = index
  const country = match.hits.find((hit) => hit.kind === 'country')
  const place = (hit: AliasHit) => hit.kind === 'place' || hit.kind === 'region'
  if (!country && !match.hits.some(place)) return undefined
  const next = tokens[match.last]
  if (!next || text.slice(tokens[match.last - 1]!.end, next.start) !== ' ') return undefined
  const run = nameRun(index, match.last, last)
  if (!run) return undefined
  return (
    organ(index, match, run, country?.entity, titles, isGroupAt) ??
    siteOrEvent(
      index,
      match,
      run,
      match.hits.every((hit) => place(hit) || hit.form === 'capital'),
    )
  )
}

/**
 * "Kosovo Albanians", "Kosovo Albanian leaders": a place's name and the word after it that together name a people of
 * the KB, one unlinked mention that `locateGroups` places (Kosovo's, not Albania's), not a place and another
 * country's people. Returns the mention and the token after it.
 */
export function peopleAfterPlace(
  index: DocIndex,
  match: GazetteerMatch,
  options: { readonly last: number; readonly kb: Pick<KbView, 'ethnicGroup'> },
): { draft: MentionDraft; last: number } | undefined {
  const { text, tokens } = index
  if (!options.kb.ethnicGroup || match.last >= options.last || !match.hits.some((hit) => hit.kind !== 'person'))
    return undefined
  // speed: a people's word is capitalized; most place names are followed by a lower-case word or punctuation
  const next = tokens[match.last]!
  if (!/^\p{Lu}/u.test(text.slice(next.start, next.start + 1))) return undefined
  const start = tokens[match.first]!.start
  const surface = text.slice(start, next.end)
  if (!options.kb.ethnicGroup(surface)) return undefined
  return {
    draft: { start, end: next.end, text: surface, type: 'NATIONALITY', form: 'demonym', confidence: 0.6 },
    last: match.last + 1,
  }
}

/**
 * A country or place name followed by an organization's name, read as one organization: "U.S. Northern Command",
 * "Iraqi Security Forces", "Qatar Airways", "Brussels Airlines". It acts for the country when it is a
 * state organ (never for a city: "Gaza City Council" is a body of its own).
 * The run stops before a title, so "British Foreign Office Minister X" leaves the minister to the title rule.
 * A group the KB knows after a demonym is that group, not a new one: "Lebanese Hezbollah", "Afghan Taliban" leave
 * the country its mention and the group its own (a KB alias that begins with the demonym, "Pakistani Taliban",
 * matches whole before this rule is asked).
 */
function organ(
  index: DocIndex,
  match: GazetteerMatch,
  run: Run,
  country: string | undefined,
  titles: TitleTable,
  isGroupAt: (k: number) => boolean,
): { draft: MentionDraft; last: number } | undefined {
  const { text, tokens } = index
  if (isAcronym(text.slice(tokens[run.first]!.start, tokens[run.first]!.end))) return undefined
  let end = -1
  for (let j = run.first; j < run.last; j++) {
    if (titleAt(index, j, run.last, titles)) break
    const value = text.slice(tokens[j]!.start, tokens[j]!.end)
    if (OTHER_HEADS.has(value)) return undefined
    if (ORG_HEADS.has(value)) end = j + 1
  }
  if (end < 0) return undefined
  const start = tokens[match.first]!.start
  const span = text.slice(start, tokens[end - 1]!.end)
  const name = span.split(/\s+/).slice(1)
  const acts = country && name.some((w) => STATE_ORGANS.has(w)) && !name.some((w) => NON_STATE.has(w))
  if (!acts && isGroupAt(run.first)) return undefined
  return {
    last: end,
    draft: {
      start,
      end: start + span.length,
      text: span,
      type: 'ORGANIZATION',
      form: 'name',
      confidence: acts ? 0.8 : 0.5,
      ...(acts ? { entity: country, kind: 'country' as const } : {}),
    },
  }
}

function siteOrEvent(
  index: DocIndex,
  match: GazetteerMatch,
  run: Run,
  cityOnly: boolean,
): { draft?: MentionDraft; last: number } | undefined {
  const { text, tokens } = index
  const head = tokens[run.last - 1]!
  const word = text.slice(head.start, head.end)
  // a country names wars and crises ("Iraq War") that still tell of the country, so it keeps its mention
  if (OTHER_HEADS.has(word)) return cityOnly ? { last: run.last } : undefined
  if (!PLACE_HEADS.has(word) && !FACILITY_HEADS.has(word)) return undefined
  const start = tokens[match.first]!.start
  const span = { start, end: head.end, text: text.slice(start, head.end) }
  return { last: run.last, draft: withFields(span, { type: 'LOCATION', form: 'name', kind: 'place', confidence: 0.5 }) }
}
