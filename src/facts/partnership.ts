import type { Doc } from '../document.js'
import { findSubject, type ActorSpan, type DocView } from '../nlp/syntax/index.js'
import { learned, type FactDraft } from './draft.js'

const NAME =
  /\b((?:[A-Z][\w-]*\s+){0,5}Partnership(?:\s+(?:Programme|Program|Plan|Framework|Agreement|Council|Initiative))?)/g
const DOMAINS =
  /cooperation (?:in|on) (.+?)(?:,? and other (?:domains|areas|fields|sectors)|\s+(?:is|are|will|would)\s|[.;])/

/** The first two distinct actors of the sentence before the name: "Australia and NATO are expanding …". */
function partners(view: DocView, sentence: number, before: number): ActorSpan[] {
  const [first] = view.sentenceTokens[sentence] ?? [0]
  const found: ActorSpan[] = []
  for (let i = first; i < view.tokens.length && (view.tokens[i]?.start ?? Infinity) < before; i++) {
    const span = view.actorStart.get(i)
    if (span && !span.ref.via && !found.some((f) => f.ref.entity === span.ref.entity)) found.push(span)
  }
  return found.slice(0, 2)
}

/** "their Pacific Security Partnership Framework, under which cooperation on maritime patrols, climate change …". */
export function partnershipFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  // the name pattern backtracks over every capitalized word: most texts name no programme at all
  if (!doc.text.includes('Partnership')) return facts
  doc.sentences.forEach((sentence, index) => {
    const text = doc.text.slice(sentence.start, sentence.end)
    for (const found of text.matchAll(NAME)) {
      const name = (found[1] ?? '').trim()
      if (name.split(/\s+/).length < 2) continue
      const start = sentence.start + (found.index ?? 0)
      const [a, b] = partners(view, index, start)
      if (!a || !b) continue
      const domains = DOMAINS.exec(text.slice((found.index ?? 0) + name.length))?.[1]
      const list = domains
        ? domains
            .split(/,\s*(?:and\s+)?|\s+and\s+/)
            .map((d) => d.trim())
            .filter(Boolean)
        : []
      const evidence = {
        start,
        end: domains ? sentence.start + text.indexOf(domains) + domains.length : start + name.length,
      }
      const attributes = list.length ? { name, domains: list } : { name }
      facts.push(learned('partnership', a.ref.entity, b.ref.entity, evidence, { attributes }))
    }
  })
  return facts
}

const KIND_WORDS = new Set([
  'strategic',
  'comprehensive',
  'global',
  'special',
  'economic',
  'security',
  'defence',
  'defense',
  'military',
  'energy',
  'trade',
  'technology',
  'green',
  'digital',
  'new',
  'closer',
  'deeper',
  'enhanced',
])
/** Verbs by which two sides make or widen a partnership ("launched", "agreed to deepen", "upgraded"). */
const MAKING = new Set([
  'launch',
  'sign',
  'form',
  'forge',
  'establish',
  'build',
  'deepen',
  'strengthen',
  'expand',
  'upgrade',
  'elevate',
  'boost',
  'enhance',
  'create',
  'announce',
  'agree',
  'unveil',
])

/**
 * "India and the United States agreed to deepen their strategic partnership in technology and defence", "Germany
 * and France launched a partnership on hydrogen": two sides that make or widen a partnership (the subject of a
 * making verb, a list of two) hold one, with the domains written after it.
 */
export function madePartnerships(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.norm !== 'partnership' && token.norm !== 'partnerships') continue
    const [sentenceStart, sentenceEnd] = view.sentenceTokens[token.sentence] ?? [0, tokens.length]
    // the making verb before the noun: "launched a", "agreed to deepen their strategic"
    let verb = -1
    for (let j = i - 1; j >= Math.max(sentenceStart, i - 6); j--) {
      if ((view.forms[j] ?? []).some((form) => MAKING.has(form))) {
        verb = j
        break
      }
      const norm = tokens[j]?.norm ?? ''
      if (!KIND_WORDS.has(norm) && !['a', 'an', 'the', 'their', 'its', 'to', 'new'].includes(norm)) break
    }
    if (verb < 0 || tokens[verb - 1]?.norm === 'not' || tokens[verb - 1]?.norm === "n't") continue
    let chain = verb
    while (
      chain > sentenceStart &&
      ['to', 'agreed', 'agree', 'will', 'would', 'have', 'has', 'pledged'].includes(tokens[chain - 1]?.norm ?? '')
    )
      chain--
    const sides = findSubject(view, chain, sentenceStart).filter((s) => !s.ref.via || s.mention.kind !== 'person')
    const unique = [...new Map(sides.map((s) => [s.ref.entity, s])).values()]
    if (unique.length !== 2) continue
    const [a, b] = unique as [ActorSpan, ActorSpan]
    const domains = domainsAfter(view, i + 1, sentenceEnd)
    const evidence = { start: a.mention.start, end: domains.end ?? token.end }
    const attributes = domains.list.length ? { domains: domains.list } : {}
    facts.push(learned('partnership', a.ref.entity, b.ref.entity, evidence, { attributes, confidence: 0.6 }))
  }
  return facts
}

/** "in technology and defence", "on hydrogen, batteries and grids": the domains after a partnership. */
function domainsAfter(view: DocView, from: number, to: number): { list: string[]; end?: number } {
  const { tokens } = view
  const preposition = tokens[from]?.norm
  if (preposition !== 'in' && preposition !== 'on' && preposition !== 'covering') return { list: [] }
  const list: string[] = []
  let words: string[] = []
  let end: number | undefined
  for (let i = from + 1; i < to; i++) {
    const token = tokens[i]!
    if (token.norm === ',' || token.norm === 'and') {
      if (words.length) list.push(words.join(' '))
      words = []
      continue
    }
    if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') break
    if (view.actorStart.has(i)) break
    words.push(view.doc.text.slice(token.start, token.end).toLowerCase())
    end = token.end
  }
  if (words.length) list.push(words.join(' '))
  return { list, ...(end === undefined ? {} : { end }) }
}
