import type { Doc } from '../document.js'
import { findSubject, listForward, type ActorSpan, type DocView } from '../nlp/syntax/index.js'
import { learned, type FactDraft } from './draft.js'

const LENGTH =
  /\b(over|more than|about|around|roughly|approximately|nearly|some|almost)?\s*([\d,.]+)(?:\s*|-)(kilomet(?:er|re)s?|km|miles?)\b/i
const BORDER_NOUNS = new Set(['border', 'frontier', 'boundary'])
const VERB_FORMS = new Set(['borders', 'bordered', 'bordering'])

/**
 * The neighbour named at token i's border phrase: "shares a (long) border (of 1,340 km) with X" or "borders X".
 */
function borderObject(view: DocView, i: number) {
  const token = view.tokens[i]!
  const forms = view.forms[i] ?? []
  // "borders", "bordered", "bordering" as a verb (the tagger sometimes calls "borders" a noun)
  if (VERB_FORMS.has(token.norm) || (token.pos === 'VERB' && forms.includes('border'))) {
    return view.actorStart.get(i + 1) ?? view.actorStart.get(i + 2)
  }
  if (!token.norm.startsWith('shar') || !forms.includes('share')) return undefined
  let j = i + 1
  while (j < i + 5 && !BORDER_NOUNS.has(view.tokens[j]?.norm ?? '')) j++
  if (!BORDER_NOUNS.has(view.tokens[j]?.norm ?? '')) return undefined
  let k = j + 1
  while (k < j + 9 && view.tokens[k]?.norm !== 'with' && view.tokens[k]?.pos !== 'PUNCT') k++
  if (view.tokens[k]?.norm !== 'with') return undefined
  return view.actorStart.get(k + 1) ?? view.actorStart.get(k + 2)
}

/** "Georgia shares a border with Russia that runs for more than 900 km": shares_border, with its length. */
export function borderFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  view.tokens.forEach((token, i) => {
    const first = borderObject(view, i)
    if (!first) return
    const [sentenceStart, sentenceEnd] = view.sentenceTokens[token.sentence] ?? [0, 0]
    const subject = findSubject(view, i, sentenceStart)[0]
    if (!subject) return
    // "Mongolia borders China and Russia": one fact per listed neighbour
    for (const object of listForward(view, first, sentenceEnd)) {
      if (object.ref.entity !== subject.ref.entity)
        facts.push(borderFact(doc, view, token, subject, object, sentenceEnd))
    }
  })
  return facts
}

function borderFact(
  doc: Doc,
  view: DocView,
  token: { end: number },
  subject: ActorSpan,
  object: ActorSpan,
  sentenceEnd: number,
): FactDraft {
  // the length may stand before or after the neighbour: "a border of roughly 1,340 km with Russia"
  const sentenceEndOffset = view.tokens[sentenceEnd - 1]?.end ?? token.end
  const restStart = token.end
  const rest = doc.text.slice(restStart, sentenceEndOffset)
  const length = LENGTH.exec(rest)
  const attributes: Record<string, number> = {}
  if (length?.[2]) {
    const value = Number(length[2].replace(/,/g, ''))
    const km = /mile/i.test(length[3] ?? '') ? Math.round(value * 1.609) : value
    const bound = (length[1] ?? '').toLowerCase()
    if (bound === 'over' || bound === 'more than') attributes.length_km_min = km
    else attributes.length_km = km
  }
  const lengthEnd = length ? restStart + (length.index ?? 0) + length[0].length : 0
  const end = Math.max(object.mention.end, lengthEnd)
  return learned(
    'shares_border',
    subject.ref.entity,
    object.ref.entity,
    { start: subject.mention.start, end },
    { attributes },
  )
}
