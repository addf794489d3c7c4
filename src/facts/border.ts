import type { Doc } from '../document.js'
import { findSubject, type DocView } from '../coding/index.js'
import { learned, type FactDraft } from './draft.js'

const LENGTH = /\b(over|more than|about|around|nearly|some|almost)?\s*([\d,.]+)\s*(kilometers|kilometres|km|miles)\b/i

/** "Finland shares a long border with Russia that spans over 1,200 kilometers": shares_border, with its length. */
export function borderFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  view.tokens.forEach((token, i) => {
    if (!token.norm.startsWith('shar') || !(view.forms[i] ?? []).includes('share')) return
    let j = i + 1
    while (j < i + 5 && view.tokens[j]?.norm !== 'border') j++
    if (view.tokens[j]?.norm !== 'border' || view.tokens[j + 1]?.norm !== 'with') return
    const [sentenceStart, sentenceEnd] = view.sentenceTokens[token.sentence] ?? [0, 0]
    const object = view.actorStart.get(j + 2) ?? view.actorStart.get(j + 3)
    const subject = findSubject(view, i, sentenceStart)[0]
    if (!object || !subject || object.ref.entity === subject.ref.entity) return
    const sentenceEndOffset = view.tokens[sentenceEnd - 1]?.end ?? token.end
    const rest = doc.text.slice(object.mention.end, sentenceEndOffset)
    const length = LENGTH.exec(rest)
    const attributes: Record<string, number> = {}
    if (length?.[2]) {
      const value = Number(length[2].replace(/,/g, ''))
      const km = /mile/i.test(length[3] ?? '') ? Math.round(value * 1.609) : value
      const bound = (length[1] ?? '').toLowerCase()
      if (bound === 'over' || bound === 'more than') attributes.length_km_min = km
      else attributes.length_km = km
    }
    const end = length ? object.mention.end + (length.index ?? 0) + length[0].length : object.mention.end
    facts.push(
      learned(
        'shares_border',
        subject.ref.entity,
        object.ref.entity,
        { start: subject.mention.start, end },
        { attributes },
      ),
    )
  })
  return facts
}
