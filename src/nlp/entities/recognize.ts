import type { Doc, Mention, Span, Token } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { buildGazetteer, type Gazetteer, matchAt } from './gazetteer.js'
import type { KbView } from './kb-view.js'
import { linkHits, type Linked } from './link.js'
import { nameRun, personId, titleAt } from './names.js'
import {
  DESCRIPTION_HEADS,
  GIVEN_NAMES,
  ORG_HEADS,
  SPEECH_VERBS,
  OTHER_HEADS,
  PERSON_PRONOUNS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  THING_PRONOUNS,
} from './vocabulary.js'

type Draft = Omit<Mention, 'id'>

interface Sentence {
  readonly first: number
  readonly last: number
}

/** Token index ranges of each sentence. */
function sentenceRanges(tokens: readonly Token[]): Sentence[] {
  const ranges: Sentence[] = []
  tokens.forEach((token, i) => {
    const current = ranges[token.sentence]
    if (current) ranges[token.sentence] = { first: current.first, last: i + 1 }
    else ranges[token.sentence] = { first: i, last: i + 1 }
  })
  return ranges.filter(Boolean)
}

function draftFromLinked(doc: Doc, span: Span, linked: Linked): Draft {
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end), ...linked }
}

/** Recognizes names, titles + names, demonyms, capitals, descriptions and pronouns, linking names to the KB. */
export function createRecognize(kb: KbView): Stage {
  let gazetteer: Gazetteer | undefined
  return {
    name: 'recognize',
    needs: ['sentences', 'tokens'],
    adds: ['mentions'],
    run(doc) {
      gazetteer ??= buildGazetteer(kb)
      const drafts: Draft[] = []
      for (const sentence of sentenceRanges(doc.tokens)) recognizeSentence(doc, kb, gazetteer, sentence, drafts)
      return { mentions: harmonize(drafts).map((draft, i) => ({ id: `m${i + 1}`, ...draft })) }
    },
  }
}

function recognizeSentence(doc: Doc, kb: KbView, gazetteer: Gazetteer, sentence: Sentence, out: Draft[]): void {
  const { text, tokens } = doc
  const tokenText = (i: number) => {
    const token = tokens[i]
    return token ? text.slice(token.start, token.end) : ''
  }
  let i = sentence.first
  while (i < sentence.last) {
    const token = tokens[i] as Token
    const word = tokenText(i)
    const match = matchAt(gazetteer, text, tokens, i, sentence.last)
    const title = titleAt(text, tokens, i, sentence.last)
    if (title && (!match || match.last <= title.last)) {
      const name = nameRun(text, tokens, title.last, sentence.last)
      if (name) {
        const span = { start: tokens[name.first]!.start, end: tokens[name.last - 1]!.end }
        const known = matchAt(gazetteer, text, tokens, name.first, name.last)
        const of = ownerBefore(out, tokens[i]!.start, text)
        const roleSpan = { start: of?.start ?? tokens[i]!.start, end: span.end }
        const former = /\bformer\s*$/i.test(text.slice(Math.max(0, roleSpan.start - 20), roleSpan.start))
        const person =
          known && known.last === name.last
            ? linkHits(known.hits, doc, { before: tokenText(name.first - 1) }, kb)
            : undefined
        const owner = of?.entity ?? person?.role?.of
        const role = {
          title: title.title,
          learned: true,
          evidence: roleSpan,
          ...(owner ? { of: owner } : {}),
          ...(former ? { to: 'former' } : {}),
        }
        const entity = person?.entity ?? personId(text.slice(span.start, span.end))
        out.push({
          start: span.start,
          end: span.end,
          text: text.slice(span.start, span.end),
          type: 'PERSON',
          form: 'title',
          entity,
          kind: 'person',
          confidence: person ? person.confidence : 0.75,
          ...(title.title ? { role } : {}),
        })
        i = name.last
        continue
      }
    }
    if (match) {
      const linked = linkHits(match.hits, doc, { before: tokenText(i - 1), after: tokenText(match.last) }, kb)
      const span = { start: token.start, end: tokens[match.last - 1]!.end }
      out.push(draftFromLinked(doc, span, linked))
      i = match.last
      continue
    }
    const lower = word.toLowerCase()
    if (PERSON_PRONOUNS.has(lower) || THING_PRONOUNS.has(lower)) {
      out.push({
        start: token.start,
        end: token.end,
        text: word,
        type: PERSON_PRONOUNS.has(lower) ? 'PERSON' : 'ORGANIZATION',
        form: 'pronoun',
        confidence: 0,
      })
      i++
      continue
    }
    const description = descriptionAt(doc, kb, i, sentence.last)
    if (description) {
      out.push(description.draft)
      i = description.last
      continue
    }
    const run = nameRun(text, tokens, i, sentence.last, i === sentence.first)
    if (run) {
      const draft = classifyRun(doc, kb, gazetteer, run, { before: tokenText(i - 1), after: tokenText(run.last) }, out)
      if (draft) out.push(draft)
      i = run.last
      continue
    }
    i++
  }
}

/**
 * Gives every unknown name one type across the document: "Airbus" is an organization in "from Airbus" too,
 * once it was read as one elsewhere.
 */
function harmonize(drafts: readonly Draft[]): Draft[] {
  const organizations = new Set(drafts.filter((d) => !d.entity && d.type === 'ORGANIZATION').map((d) => d.text))
  return drafts.map((d) =>
    !d.entity && !d.kind && d.type === 'LOCATION' && organizations.has(d.text) ? { ...d, type: 'ORGANIZATION' } : d,
  )
}

/** The country or organization mention right before a title: "Japanese Foreign Minister", "China's President". */
function ownerBefore(out: readonly Draft[], titleStart: number, text: string): Draft | undefined {
  const previous = out.at(-1)
  if (!previous?.entity || (previous.kind !== 'country' && previous.kind !== 'organization')) return undefined
  const gap = text.slice(previous.end, titleStart)
  return /^(?:['’]s)?\s*$/.test(gap) ? previous : undefined
}

/** "the alliance", "the Scandinavian country", "the security alliance", "the minister". */
function descriptionAt(doc: Doc, kb: KbView, i: number, last: number): { draft: Draft; last: number } | undefined {
  const { text, tokens } = doc
  const first = tokens[i]
  if (!first || text.slice(first.start, first.end).toLowerCase() !== 'the') return undefined
  let j = i + 1
  let adjective: string | undefined
  while (j < last && j < i + 4) {
    const token = tokens[j]!
    const word = text.slice(token.start, token.end)
    const head = DESCRIPTION_HEADS.get(word.toLowerCase())
    if (head && token.pos !== 'PROPN') {
      const next = tokens[j + 1]
      // "the country's" is fine; "the country of X" names X instead
      if (next && text.slice(next.start, next.end).toLowerCase() === 'of') return undefined
      const region = adjective ? kb.regionByAdjective(adjective) : undefined
      const end = token.end
      return {
        last: j + 1,
        draft: {
          start: first.start,
          end,
          text: text.slice(first.start, end),
          type: head.kind === 'person' ? 'PERSON' : head.kind === 'country' ? 'LOCATION' : 'ORGANIZATION',
          form: 'description',
          confidence: 0,
          ...(region && adjective ? { unlinked: `adjective:${adjective}` } : {}),
        },
      }
    }
    if (!['ADJ', 'PROPN', 'NOUN', 'VERB'].includes(token.pos) && word !== '-') return undefined
    if (/^[A-Z]/.test(word)) adjective = word
    j++
  }
  return undefined
}

/** Types an unknown capitalized run by its head word and context; undefined when unsure. */
function classifyRun(
  doc: Doc,
  kb: KbView,
  gazetteer: Gazetteer,
  run: { first: number; last: number },
  context: { before: string; after: string },
  out: readonly Draft[],
): Draft | undefined {
  const { before, after } = context
  const { text, tokens } = doc
  const start = tokens[run.first]!.start
  const end = tokens[run.last - 1]!.end
  const surface = text.slice(start, end)
  const words = surface.split(/\s+/)
  const head = words.at(-1) ?? ''
  const base = { start, end, text: surface, confidence: 0.5 }
  if (OTHER_HEADS.has(head)) return undefined
  if (words.some((w) => ORG_HEADS.has(w)) || /^[A-Z]{2,6}s?$/.test(surface)) {
    return { ...base, type: 'ORGANIZATION', form: 'name' }
  }
  if (PLACE_HEADS.has(head)) return { ...base, type: 'LOCATION', form: 'name', kind: 'place' }
  const afterPreposition = PLACE_PREPOSITIONS.has(before.toLowerCase())
  // a surname of a person already named ("Hayashi"), or of one KB person in office at the publication date
  if (words.length === 1) {
    const earlier = out.findLast((m) => m.kind === 'person' && m.entity && m.text.split(/\s+/).at(-1) === surface)
    if (earlier?.entity) {
      return { ...base, type: 'PERSON', form: 'name', kind: 'person', entity: earlier.entity, confidence: 0.8 }
    }
    const people = (gazetteer.surnames.get(surface) ?? []).filter(
      (person) => doc.published && kb.rolesAt(person, doc.published).length > 0,
    )
    if (people.length === 1) {
      return { ...base, type: 'PERSON', form: 'name', kind: 'person', entity: people[0]!, confidence: 0.6 }
    }
    return { ...base, type: afterPreposition ? 'LOCATION' : 'ORGANIZATION', form: 'name', confidence: 0.4 }
  }
  const personLike = words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]+$/u.test(w))
  const said = SPEECH_VERBS.has(after.toLowerCase()) && words.length <= 3
  if (personLike && (gazetteer.givenNames.has(words[0]!) || GIVEN_NAMES.has(words[0]!) || said)) {
    return { ...base, type: 'PERSON', form: 'name', kind: 'person', entity: personId(surface), confidence: 0.55 }
  }
  if (afterPreposition && words.length <= 2) return { ...base, type: 'LOCATION', form: 'name', confidence: 0.4 }
  return { ...base, type: 'ORGANIZATION', form: 'name' }
}
