import type { Doc } from '../document.js'
import type { ActorSpan, DocView } from '../nlp/syntax/index.js'
import { timeIn } from './clause-time.js'
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

const TAKING_OVER = new Set(['take', 'assume', 'begin', 'start'])
const NOT_NOW = new Set(['former', 'previous', 'outgoing', 'incoming', 'ex'])

/**
 * "Italy, holding this year's chairmanship of the G7", "India holds the G20 presidency this year",
 * "Japan chairs the G7": presides, for the year the text gives; "Brazil took over the G20 presidency on
 * December 1" from that day.
 */
export function presidesFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  tokens.forEach((token, i) => {
    let organization: ActorSpan | undefined
    let last = i
    if (PRESIDENCY.has(token.norm) && tokens[i + 1]?.norm === 'of') {
      organization = view.actorStart.get(i + 2) ?? view.actorStart.get(i + 3)
      last = organization?.last ?? i
    } else if (PRESIDENCY.has(token.norm) && token.pos === 'NOUN') {
      // "the G20 presidency", "India's G-7 chairmanship"
      organization = view.actorEnd.get(i - 1)
    } else if (
      token.norm === 'chairs' ||
      token.norm === 'chaired' ||
      (token.lemma === 'chair' && token.pos === 'VERB')
    ) {
      organization =
        view.actorStart.get(i + 1) ?? (tokens[i + 1]?.norm === 'the' ? view.actorStart.get(i + 2) : undefined)
      last = organization?.last ?? i
    }
    if (!organization || organization.mention.kind !== 'organization') return
    const [sentenceStart, sentenceEnd] = view.sentenceTokens[token.sentence] ?? [0, tokens.length]
    const before = Math.min(i, organization.first)
    let holder: ActorSpan | undefined
    for (let j = before - 1; j >= Math.max(sentenceStart, before - 8) && !holder; j--) {
      const span = view.actorEnd.get(j)
      if (span && span.mention.kind !== 'organization') holder = span
    }
    // "the former chair of", "the incoming presidency": not held now
    if (!holder || tokens.slice(holder.last + 1, i).some((t) => NOT_NOW.has(t.norm))) return
    const evidence = { start: holder.mention.start, end: Math.max(organization.mention.end, token.end) }
    const takes = tokens.slice(holder.last + 1, before).some((t) => TAKING_OVER.has(t.lemma.toLowerCase()))
    const day = takes ? timeIn(view, last + 1, sentenceEnd, (t) => t.precision === 'day') : undefined
    if (day) {
      facts.push(learned('presides', holder.ref.entity, organization.ref.entity, evidence, { start: day }))
      return
    }
    const year = yearOf(doc, view, holder.last + 1, Math.min(sentenceEnd, last + 6))
    const dates = year ? { start: `${year}-01-01`, end: `${year}-12-31` } : {}
    facts.push(learned('presides', holder.ref.entity, organization.ref.entity, evidence, dates))
  })
  return facts
}
