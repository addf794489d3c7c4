import type { Doc } from '../document.js'
import type { ActorSpan, DocView } from '../coding/index.js'
import { learned, type FactDraft } from './draft.js'

const NAME =
  /\b((?:[A-Z][\w-]*\s+){0,5}Partnership(?:\s+(?:Programme|Program|Plan|Framework|Agreement|Council|Initiative))?)/g
const DOMAINS =
  /cooperation (?:in|on) (.+?)(?:,? and other (?:domains|areas|fields|sectors)|\s+(?:is|are|will|would)\s|[.;])/

/** The first two distinct actors of the sentence before the name: "Japan and NATO have been working on …". */
function partners(view: DocView, sentence: number, before: number): ActorSpan[] {
  const [first] = view.sentenceTokens[sentence] ?? [0]
  const found: ActorSpan[] = []
  for (let i = first; i < view.tokens.length && (view.tokens[i]?.start ?? Infinity) < before; i++) {
    const span = view.actorStart.get(i)
    if (span && !span.ref.via && !found.some((f) => f.ref.entity === span.ref.entity)) found.push(span)
  }
  return found.slice(0, 2)
}

/** "their Individually Tailored Partnership Programme, under which cooperation in cyberspace, outer space …". */
export function partnershipFacts(doc: Doc, view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
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
