import { withFields } from '../../objects.js'
import type { Doc, Span, Token } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { type DocIndex, docIndex } from '../segment/index.js'
import { type Lexicon, wordsOf } from '../syntax/index.js'
import { markAgents } from './agents.js'
import { classifyRun, type ClassifyContext, type MentionDraft } from './classify.js'
import { coordinatePlaces, sharedHeads } from './coordinate.js'
import { cityMatch } from './city-cue.js'
import { gazetteerOf, type Gazetteer, type GazetteerMatch, longestAliasAt } from './gazetteer.js'
import { groupAt } from './groups.js'
import { locateGroups } from './groups-located.js'
import { disambiguate } from './disambiguate.js'
import { harmonize } from './harmonize.js'
import type { KbView } from './kb-view.js'
import { linkHits, type Linked } from './link.js'
import { isAcronym, nameRun, personId } from './names.js'
import { nameAfterPlace, peopleAfterPlace } from './name-after-place.js'
import { PeopleNamed } from './people-named.js'
import { personTitleAt } from './titles.js'
import { DESCRIPTION_HEADS, ORG_HEADS, OTHER_HEADS, PERSON_PRONOUNS, THING_PRONOUNS } from './vocabulary.js'

interface Sentence {
  readonly first: number
  readonly last: number
}

/** A plural demonym names a group of a country's people ("Palestinians", "Iraqis"): a group, not a nationality. */
const PLURAL_DEMONYM = /(?:an|i|k)s$/

function draftFromLinked(doc: Doc, span: Span, linked: Linked): MentionDraft {
  const text = doc.text.slice(span.start, span.end)
  const group = linked.form === 'demonym' && PLURAL_DEMONYM.test(text)
  return { start: span.start, end: span.end, text, ...linked, ...(group ? { type: 'ORGANIZATION' as const } : {}) }
}

/** Recognizes names, titles + names, demonyms, capitals, descriptions and pronouns, linking names to the KB. */
export function createRecognize({ kb, lexicon }: { readonly kb: KbView; readonly lexicon: Lexicon }): Stage {
  const words = wordsOf(lexicon)
  // built once per KB and shared by every pipeline over it (about 0.3 s for the full KB)
  const gazetteer = gazetteerOf(kb)
  return {
    name: 'recognize',
    needs: ['sentences', 'tokens', 'zones'],
    adds: ['mentions'],
    run(doc) {
      const drafts: MentionDraft[] = []
      const people = new PeopleNamed(drafts)
      const index = docIndex(doc)
      const sentences = index.tokenSentences
      // a sentence starts after the tokens an earlier one read past its end (see `nameLimit`)
      let from = 0
      sentences.forEach((sentence, k) => {
        const first = Math.max(sentence.first, from)
        const range = { first, last: sentence.last }
        from = recognizeSentence(doc, { index, kb, gazetteer, people }, range, drafts, sentences[k + 1])
      })
      const settled = markAgents(
        index,
        kb,
        locateGroups(
          doc,
          index,
          disambiguate(doc, kb, harmonize(sharedHeads(doc.text, coordinatePlaces(doc.text, drafts), kb)), words),
          kb,
        ),
        { zones: doc.zones, words, ...(doc.published ? { published: doc.published } : {}) },
      )
      return { mentions: settled.map((draft, i) => ({ id: `m${i + 1}`, ...draft })) }
    },
  }
}

/**
 * Where a name after a title may end: the sentence's end, or the next sentence's when the title is the last word
 * of its sentence and ends in a period, a break the segmenter took for a sentence's end ("Cpl. | Mara J. Lindqvist").
 */
function nameLimit(doc: Doc, titleLast: number, sentence: Sentence, next: Sentence | undefined): number {
  if (titleLast < sentence.last || !next || next.first !== sentence.last) return sentence.last
  const token = doc.tokens[titleLast - 1]!
  return doc.text.charAt(token.end - 1) === '.' ? next.last : sentence.last
}

/** Recognizes the mentions of one sentence; returns the index of the token after the last one it read. */
function recognizeSentence(
  doc: Doc,
  { index, kb, gazetteer, people }: { index: DocIndex; kb: KbView; gazetteer: Gazetteer; people: PeopleNamed },
  sentence: Sentence,
  out: MentionDraft[],
  next?: Sentence,
): number {
  const { text, tokens, values } = index
  // lower case with quotes folded: the same as `toLowerCase()` for every word compared here
  const keys = index.keys
  const tokenText = (i: number) => values[i] ?? ''
  const inSentence = (k: number) => (k >= sentence.first && k < sentence.last ? tokenText(k) : '')
  // a gazetteer town links only where it can be one (city-cue.ts); every caller sees the same decision, and the
  // rules below ask for the match at a token several times over, so each is looked up once (null: none)
  const matches: (GazetteerMatch | null | undefined)[] = new Array(Math.max(0, sentence.last - sentence.first))
  const lookUp = (i: number): GazetteerMatch | undefined => {
    const found = longestAliasAt(gazetteer, index, i, sentence.last)
    return found && cityMatch(found, { word: inSentence, isPlaceAt })
  }
  const matchHere = (i: number): GazetteerMatch | undefined => {
    const k = i - sentence.first
    if (k < 0 || k >= matches.length) return lookUp(i)
    const known = matches[k]
    if (known !== undefined) return known ?? undefined
    const found = lookUp(i)
    matches[k] = found ?? null
    return found
  }
  const isPlaceAt = (i: number): number | undefined => {
    const found = matchHere(i)
    const place = found?.hits.some((hit) => hit.kind === 'country' || hit.kind === 'place' || hit.kind === 'region')
    return place ? found!.last : undefined
  }
  // a KB organization or group named inside "the … group" is that name, not a description ("the Abu Sayyaf group")
  const isGroupAt = (k: number): boolean => matchHere(k)?.hits.some((hit) => hit.kind === 'organization') ?? false
  const context: ClassifyContext = { doc, kb, gazetteer, sentence, people, isPlaceAt }
  const nameAt = (i: number) => personNameAt(index, gazetteer, i, sentence.last) !== undefined
  let i = sentence.first
  while (i < sentence.last) {
    const token = tokens[i] as Token
    const word = tokenText(i)
    // a group the KB knows (Hamas, the Islamic State) is linked below; the word list names the others
    const group = matchHere(i) ? undefined : groupAt(text, tokens, i, sentence.last)
    if (group) {
      const end = tokens[group - 1]!.end
      const span = { start: token.start, end, text: text.slice(token.start, end) }
      out.push(withFields(span, { type: 'ORGANIZATION', form: 'name', confidence: 0.7 }))
      i = group
      continue
    }
    const match = matchHere(i)
    const title = personTitleAt(index, i, sentence.last, nameAt, kb.titles)
    if (title && (title.shape === 'title' ? !match || match.last <= title.last : !match)) {
      const name = personNameAt(index, gazetteer, title.last, nameLimit(doc, title.last, sentence, next))
      if (name) {
        const owner = title.owner && classifyRun(title.owner, context)
        if (owner) out.push(owner)
        out.push(personWithTitle(doc, index, { kb, gazetteer }, withFields(title, { name }), out))
        i = name.last
        continue
      }
      if (title.shape === 'title' && !match) {
        out.push(bareTitle(doc, title))
        i = title.last
        continue
      }
    }
    if (match) {
      const people = peopleAfterPlace(index, match, { last: sentence.last, kb })
      const named = people ?? nameAfterPlace(index, match, sentence.last, kb.titles, isGroupAt)
      if (named) {
        if (named.draft) out.push(named.draft)
        i = named.last
        continue
      }
      const context = { before: tokenText(i - 1), after: tokenText(match.last), first: tokenText(i) }
      const linked = linkHits(match.hits, doc, context, kb)
      const span = { start: token.start, end: tokens[match.last - 1]!.end }
      out.push(draftFromLinked(doc, span, linked))
      i = match.last
      continue
    }
    const lower = keys[i]!
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
    const description = descriptionAt(index, kb, i, sentence.last, isGroupAt)
    if (description) {
      out.push(description.draft)
      i = description.last
      continue
    }
    const found = nameRun(index, i, sentence.last, i === sentence.first)
    if (found) {
      // a known country, demonym or organization inside a capitalized run starts its own mention:
      // "Senior Hungarian officials" is a modifier and "Hungarian", not a person called "Senior Hungarian"
      // "Air France", "Air India": an airline named after a country is one organization
      const airline = tokenText(found.first) === 'Air' && found.last - found.first > 1
      const inner = airline ? undefined : knownInside(found, matchHere)
      const run = inner === undefined ? found : { first: found.first, last: inner }
      const draft = run.last - run.first > 1 || inner === undefined ? classifyRun(run, context) : undefined
      if (draft) out.push(draft)
      i = run.last
      // a product name may go on past the run: "Airbus A380", "Boeing 787 Dreamliner"
      while (draft && i < sentence.last && tokens[i]!.start < draft.end) i++
      continue
    }
    i++
  }
  return i
}

/** The first token after the start of a run where a KB name of a non-person begins, if any. */
function knownInside(
  run: { first: number; last: number },
  matchHere: (i: number) => { hits: readonly { kind: string }[] } | undefined,
): number | undefined {
  for (let j = run.first + 1; j < run.last; j++) {
    if (matchHere(j)?.hits.some((hit) => hit.kind !== 'person')) return j
  }
  return undefined
}

/** The name of a person at token i: a capitalized run that is neither an acronym, a KB non-person nor a thing. */
function personNameAt(
  index: DocIndex,
  gazetteer: Gazetteer,
  i: number,
  last: number,
): { first: number; last: number } | undefined {
  const { text, tokens } = index
  const run = nameRun(index, i, last)
  if (!run) return undefined
  const first = tokens[i]!
  if (isAcronym(text.slice(first.start, first.end))) return undefined
  const known = longestAliasAt(gazetteer, index, i, run.last)
  if (known && known.hits.some((hit) => hit.kind !== 'person')) return undefined
  const words = text.slice(first.start, tokens[run.last - 1]!.end).split(/\s+/)
  if (words.some((w) => ORG_HEADS.has(w) || OTHER_HEADS.has(w))) return undefined
  return run
}

/** A person named after a title ("Foreign Minister Yoshimasa Hayashi"), linked to the KB when known. */
function personWithTitle(
  doc: Doc,
  index: DocIndex,
  { kb, gazetteer }: { kb: KbView; gazetteer: Gazetteer },
  found: { first: number; title: string; name: { first: number; last: number } },
  out: readonly MentionDraft[],
): MentionDraft {
  const { text, tokens } = doc
  const { name } = found
  const span = { start: tokens[name.first]!.start, end: tokens[name.last - 1]!.end }
  const known = longestAliasAt(gazetteer, index, name.first, name.last)
  const of = ownerBefore(out, tokens[found.first]!.start, text, kb.titles)
  const roleSpan = { start: of?.start ?? tokens[found.first]!.start, end: span.end }
  const former = /\bformer\s*$/i.test(text.slice(Math.max(0, roleSpan.start - 20), roleSpan.start))
  const before = tokens[name.first - 1]
  const person =
    known && known.last === name.last
      ? linkHits(known.hits, doc, { before: before ? text.slice(before.start, before.end) : '' }, kb)
      : undefined
  const surname = person ? undefined : titledSurname(doc, kb, gazetteer, found.title, span, of?.entity)
  // a KB office he has left gives no owner to a title written now ("ousted President Mohamed Bazoum")
  const owner =
    of?.entity ?? (person?.role?.to === 'former' ? undefined : person?.role?.of) ?? (former ? undefined : surname?.of)
  const role = {
    title: found.title,
    learned: true,
    evidence: roleSpan,
    ...(owner ? { of: owner } : {}),
    ...(former ? { to: 'former' } : {}),
  }
  // a literal, not a spread of the span: a spread copy pays a slow path for each key it adds (objects.ts)
  return {
    start: span.start,
    end: span.end,
    text: text.slice(span.start, span.end),
    type: 'PERSON',
    form: 'title',
    entity: person?.entity ?? surname?.entity ?? personId(text.slice(span.start, span.end)),
    kind: 'person',
    confidence: person ? person.confidence : surname?.entity ? 0.7 : 0.75,
    ...(found.title ? { role } : {}),
  }
}

/**
 * "President Bush", "Chancellor Kohl": a surname after a title, read through the KB's holders of that title who bear
 * it. In a dated text, the one holding it that day, else the one alone to have held it by then; with no date, any
 * who ever held it. One such holder is linked; several who held it for one country ("President Bush": father and
 * son) give that country as the title's owner and no person. Undefined when no KB holder fits.
 */
function titledSurname(
  doc: Doc,
  kb: KbView,
  gazetteer: Gazetteer,
  title: string,
  span: Span,
  owner: string | undefined,
): { entity?: string; of?: string } | undefined {
  const words = doc.text.slice(span.start, span.end).split(/\s+/)
  const bearers = words.length === 1 ? gazetteer.surnames.get(words[0]!) : undefined
  if (!bearers || !title || !kb.roles) return undefined
  const wanted = title.toLowerCase()
  const date = doc.published?.slice(0, 10)
  const fits = (role: { title: string; of: string }) =>
    role.title.toLowerCase() === wanted && (!owner || role.of === owner)
  let holders = bearers.flatMap((person) => kb.roles!(person).filter(fits))
  let left = false
  if (date) {
    const serving = holders.filter((role) => kb.rolesAt(role.person, date).some((now) => fits(now)))
    left = serving.length === 0
    holders = left ? holders.filter((role) => role.from !== undefined && role.from <= date) : serving
  }
  const people = new Set(holders.map((role) => role.person))
  const countries = new Set(holders.map((role) => role.of))
  if (countries.size !== 1) return undefined
  const of = holders[0]!.of
  // one who has left the office is still that person, but the title written now gives his country no owner
  if (left) return people.size === 1 ? { entity: holders[0]!.person } : undefined
  return people.size === 1 ? { entity: holders[0]!.person, of } : { of }
}

/** A title with no name after it ("the Foreign Secretary said"): a description of a person, for coreference. */
function bareTitle(doc: Doc, title: { first: number; last: number }): MentionDraft {
  const { text, tokens } = doc
  const previous = tokens[title.first - 1]
  const withThe = previous && /^the$/i.test(text.slice(previous.start, previous.end))
  const start = withThe ? previous.start : tokens[title.first]!.start
  const end = tokens[title.last - 1]!.end
  return { start, end, text: text.slice(start, end), type: 'PERSON', form: 'description', confidence: 0 }
}

/**
 * The country or organization mention right before a title: "Japanese Foreign Minister", "China's President", and
 * before a lower-case one with the title's own modifiers between ("Ghanaian junior foreign minister").
 */
function ownerBefore(
  out: readonly MentionDraft[],
  titleStart: number,
  text: string,
  titles: KbView['titles'],
): MentionDraft | undefined {
  const previous = out.at(-1)
  if (!previous?.entity || (previous.kind !== 'country' && previous.kind !== 'organization')) return undefined
  const gap = OWNER_GAP.exec(text.slice(previous.end, titleStart))
  if (!gap) return undefined
  const words = gap[1]!.split(/\s+/).filter(Boolean)
  return words.every((word) => titles.beforeName.has(word) || titles.modifiers.has(capitalized(word)))
    ? previous
    : undefined
}
const OWNER_GAP = /^(?:['’]s)?((?:\s+[a-z]+)*)\s*$/
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1)

/** "the alliance", "the Scandinavian country", "the security alliance", "the minister". */
function descriptionAt(
  index: DocIndex,
  kb: KbView,
  i: number,
  last: number,
  isGroupAt: (k: number) => boolean,
): { draft: MentionDraft; last: number } | undefined {
  const { text, tokens, keys, values } = index
  const first = tokens[i]
  // keys are lower case with quotes folded, which neither "the", "of" nor a description head holds
  if (!first || keys[i] !== 'the') return undefined
  let j = i + 1
  let adjective: string | undefined
  while (j < last && j < i + 4) {
    const token = tokens[j]!
    const word = values[j]!
    const head = DESCRIPTION_HEADS.get(keys[j]!)
    if (head && token.pos !== 'PROPN') {
      const next = tokens[j + 1]
      // "the country's" is fine; "the country of X" names X instead
      if (next && keys[j + 1] === 'of') return undefined
      // "the coalition government": a head read in a name describes nothing before another noun
      if (head.inName && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) return undefined
      // "the coalition (,) led by Saudi Arabia": the group its leader names acts for that leader (roles), not a mention
      if (head.inName && (keys[j + 1] === 'led' || (keys[j + 1] === ',' && keys[j + 2] === 'led'))) return undefined
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
    if (/^[A-Z]/.test(word) && isGroupAt(j)) return undefined
    if (/^[A-Z]/.test(word)) adjective = word
    j++
  }
  return undefined
}
