import type { Doc } from '../document.js'
import type { DocView } from '../coding/index.js'
import { learned, type FactDraft } from './draft.js'

const PRESIDENCY = new Set(['presidency', 'chairmanship', 'chair', 'chairship'])

/** The year a "this year's" or "the 2023" presidency runs: a year time expression, else "this year" of publication. */
function yearOf(doc: Doc, view: DocView, from: number, to: number): string | undefined {
  const start = view.tokens[from]?.start ?? 0
  const end = view.tokens[to]?.end ?? 0
  const time = doc.times.find((t) => t.start < end && t.end > start && t.value && /^\d{4}$/.test(t.value.slice(0, 4)))
  if (time?.value) return time.value.slice(0, 4)
  for (let i = from; i < to; i++) {
    const norm = view.tokens[i]?.norm
    if (/^(19|20)\d\d$/.test(norm ?? '')) return norm
    if (norm === 'this' && view.tokens[i + 1]?.norm === 'year' && doc.published) return doc.published.slice(0, 4)
  }
  return undefined
}

/** "Japan, serving as this year's presidency of the Group of Seven": presides, for that year. */
export function presidesFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  view.tokens.forEach((token, i) => {
    if (!PRESIDENCY.has(token.norm) || view.tokens[i + 1]?.norm !== 'of') return
    const organization = view.actorStart.get(i + 2) ?? view.actorStart.get(i + 3)
    if (!organization || organization.mention.kind !== 'organization') return
    const [sentenceStart] = view.sentenceTokens[token.sentence] ?? [0]
    let holder
    for (let j = i - 1; j >= Math.max(sentenceStart, i - 8) && !holder; j--) {
      const span = view.actorEnd.get(j)
      if (span && span.mention.kind !== 'organization') holder = span
    }
    if (!holder) return
    const year = yearOf(doc, view, holder.last + 1, i)
    const evidence = { start: holder.mention.start, end: organization.mention.end }
    const dates = year ? { start: `${year}-01-01`, end: `${year}-12-31` } : {}
    facts.push(learned('presides', holder.ref.entity, organization.ref.entity, evidence, dates))
  })
  return facts
}
