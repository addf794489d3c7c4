import type { Doc } from '../../document.js'
import type { Draft } from './classify.js'
import type { GazetteerMatch } from './gazetteer.js'
import { isAcronym, nameRun, titleAt } from './names.js'
import { ORG_HEADS, OTHER_HEADS } from './vocabulary.js'

const words = (list: string) => new Set(list.split(' '))

/** Words that make a country's organization a state organ, which acts for the country ("U.S. Central Command"). */
const STATE_ORGANS = words(
  'Army Navy Air Force Forces Marines Marine Corps Command Ministry Department Government Parliament Embassy ' +
    'Guard Police Cabinet Office Administration Agency Service',
)

/** Words that make it a body of its own instead ("Syrian Democratic Forces", "China Eastern Airlines"). */
const NON_STATE = words(
  'Democratic Free Liberation Opposition Rebel Resistance Popular Islamic Revolutionary National Airlines Airways',
)

/**
 * A country name followed by an organization's name, read as one organization: "U.S. Central Command",
 * "Iraqi Security Forces", "China Eastern Airlines". It acts for the country when it is a state organ.
 * The run stops before a title, so "British Foreign Office Minister X" leaves the minister to the title rule.
 */
export function organAt(doc: Doc, match: GazetteerMatch, last: number): { draft: Draft; last: number } | undefined {
  const { text, tokens } = doc
  const next = tokens[match.last]
  if (!next || text.slice(tokens[match.last - 1]!.end, next.start) !== ' ') return undefined
  const run = nameRun(text, tokens, match.last, last)
  if (!run || isAcronym(text.slice(next.start, next.end))) return undefined
  let end = -1
  for (let j = run.first; j < run.last; j++) {
    if (titleAt(text, tokens, j, run.last)) break
    const value = text.slice(tokens[j]!.start, tokens[j]!.end)
    if (OTHER_HEADS.has(value)) return undefined
    if (ORG_HEADS.has(value)) end = j + 1
  }
  if (end < 0) return undefined
  const country = match.hits.find((hit) => hit.kind === 'country')
  if (!country) return undefined
  const start = tokens[match.first]!.start
  const span = text.slice(start, tokens[end - 1]!.end)
  const name = span.split(/\s+/).slice(1)
  const organ = name.some((w) => STATE_ORGANS.has(w)) && !name.some((w) => NON_STATE.has(w))
  return {
    last: end,
    draft: {
      start,
      end: start + span.length,
      text: span,
      type: 'ORGANIZATION',
      form: 'name',
      confidence: organ ? 0.8 : 0.5,
      ...(organ ? { entity: country.entity, kind: 'country' as const } : {}),
    },
  }
}
