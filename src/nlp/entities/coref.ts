import { withFields } from '../../objects.js'
import type { DocEntity, Mention, Role } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { docIndex, type DocIndex } from '../segment/index.js'
import { Antecedents } from './antecedents.js'
import { describedCountry, isPossessiveMarker, type Lexicon, type Words, wordsOf } from '../syntax/index.js'
import type { KbView } from './kb-view.js'
import { DESCRIPTION_HEADS, PERSON_PRONOUNS } from './vocabulary.js'

/**
 * Resolves pronouns and definite descriptions to an entity named earlier, then gathers the document's
 * entities. "he" → the last person; "its" → the last country or organization in the sentence;
 * "the alliance" → the last alliance; "the Scandinavian country" → the last Scandinavian country;
 * a bare "the country" never refers to a country named in its own sentence. It annotates the recognizer's mentions
 * (an entity and antecedent on a pronoun or description) rather than adding its own.
 */
export function createCoref({ kb, lexicon }: { readonly kb: KbView; readonly lexicon: Lexicon }): Stage {
  // SUBJECT_THING_PRONOUNS, WARNER_VERBS, FORECAST_MODALS, WARNED_FATE_VERBS, EXPLETIVE_VERBS
  // (data/coding/lexicon/coref.json)
  const words = wordsOf(lexicon)
  return {
    name: 'coref',
    needs: ['sentences', 'tokens', 'mentions'],
    annotates: ['mentions'],
    adds: ['entities'],
    run(doc) {
      const index = docIndex(doc)
      const sentence = (offset: number) => index.sentenceAt(offset)
      const earlier = new Antecedents(kb)
      for (const mention of doc.mentions) {
        const here = sentence(mention.start)
        if (mention.entity || (mention.form !== 'pronoun' && mention.form !== 'description')) {
          earlier.add(mention, here)
          continue
        }
        const antecedent =
          complementSubject(mention, here, earlier, index, words) ??
          ownSideOwner(mention, here, { earlier, index, words }) ??
          warnerSubject(mention, here, earlier, index, words) ??
          openingSubject(mention, here, { earlier, index, words }) ??
          findAntecedent(kb, mention, here, earlier, doc)
        earlier.add(
          antecedent?.entity && antecedent.kind
            ? withFields(mention, {
                entity: antecedent.entity,
                kind: antecedent.kind,
                antecedent: antecedent.id,
                confidence: 0.6,
                // "the coalition" after "the US-led coalition": the United States' military, as its antecedent; "it"
                // after "the Iraqi army" is that army, not the state
                ...(antecedent.sector && (namesHead(mention) || mention.form === 'pronoun')
                  ? { sector: antecedent.sector }
                  : {}),
              })
            : mention,
          here,
        )
      }
      return { mentions: earlier.mentions, entities: gatherEntities(kb, earlier.mentions) }
    },
  }
}

/** The nearest linked mention before this one (in sentence `here`) that it refers to. */
function findAntecedent(
  kb: KbView,
  mention: Mention,
  here: number,
  earlier: Antecedents,
  doc: { text: string; tokens: Tagged },
): Mention | undefined {
  const { text } = doc
  const word = mention.text.toLowerCase()
  if (mention.form === 'pronoun') {
    if (PERSON_PRONOUNS.has(word)) {
      // a pronoun that opens its sentence is its subject, and subjects continue subjects: in "Blinken met Qin,
      // who accepted. Earlier he met Wang", "he" is Blinken, the last sentence's first person, not Qin
      const opens = SUBJECT_PRONOUNS.has(word) && !earlier.anyIn(here)
      return (opens ? subjectBefore(earlier, here) : undefined) ?? earlier.latestPersonNear(here, 2)
    }
    // a singular "its" is not one of a list: in "Turkey and Hungary have not ratified its application" it is Sweden
    // what a country asks of an organization ("its application", "its bid") is a country's, not the alliance's
    const applicant = APPLICANT_NOUNS.has(NEXT_WORD.exec(text.slice(mention.end, mention.end + 20))?.[1] ?? '')
    const fits = (m: Mention, index: number) =>
      (m.kind === 'country' || (m.kind === 'organization' && !applicant)) && !inList(index, earlier.mentions, text)
    // a possessive agrees with the nearest subject that fits: in "General Motors, the largest carmaker in the United
    // States, named Mary Barra as its chief" it is General Motors, not a name inside the apposition
    const subject =
      word === 'its'
        ? earlier.latestIn(here, (m, index) => fits(m, index) && !inApposition(index, earlier.mentions, doc))
        : undefined
    return subject ?? earlier.latestIn(here, fits)
  }
  const head = DESCRIPTION_HEADS.get(word.split(/\s+/).at(-1) ?? '')
  if (!head) return undefined
  const adjective = mention.unlinked?.startsWith('adjective:') ? mention.unlinked.slice('adjective:'.length) : undefined
  if (adjective) return earlier.latestOf(head.kind, kb.regionByAdjective(adjective)?.members ?? [])
  if (head.inName) return earlier.latestNaming(word.split(/\s+/).at(-1)!)
  if (head.kind === 'country') return earlier.latestOutside('country', here)
  if (head.kind === 'organization' && head.orgKinds) return earlier.latestOfOrgKind(head.orgKinds)
  // "Putin met the French president": a description that names a country is someone holding its office, or no one
  // named yet (the coder reads the country from its words)
  const lookup = kb.lookup?.bind(kb)
  const country = head.kind === 'person' && lookup ? describedCountry({ lookup }, mention.text) : undefined
  if (country) return earlier.latestPersonOf(country, word.includes('minister'))
  if (head.kind === 'person' && word.includes('minister')) return earlier.latestMinisterMention()
  return earlier.latest(head.kind)
}

/** Whether a description takes its antecedent by a name holding its head ("the coalition"). */
function namesHead(mention: Mention): boolean {
  return (
    mention.form === 'description' &&
    !!DESCRIPTION_HEADS.get(mention.text.toLowerCase().split(/\s+/).at(-1) ?? '')?.inName
  )
}

const SUBJECT_PRONOUNS = new Set(['he', 'she'])
const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'ADJ'])

/**
 * A pronoun that is the subject of the clause a coordinated verb takes ("X met Y and said he would", "X fined Y and
 * added that it would") refers to the sentence's subject, which that verb shares, not to the nearest name: in
 * "Erdogan met Putin and said he would ask Russia …" he is Erdogan. The sentence's subject is its first mention of
 * the pronoun's kind, when no verb stands before it; the pronoun stands right after "and/but + verb (+ that)" and
 * right before a verb or auxiliary. (After a participle — "condemned Iran, saying it had …" — the nearest name often
 * is meant, so that is left to the nearest-name rule.)
 */
function complementSubject(
  mention: Mention,
  here: number,
  earlier: Antecedents,
  index: DocIndex,
  words: Words,
): Mention | undefined {
  const pronoun = subjectPronounAt(mention, here, index, words)
  if (pronoun === undefined) return undefined
  const { person, at } = pronoun
  const { tokens } = index
  // "and said he", "and added that it": the verb is coordinated with the sentence's own verb, so shares its subject
  const verb = tokens[at - 1]?.pos === 'SCONJ' ? at - 2 : at - 1
  const after = tokens[at + 1]
  if (verb < 1 || tokens[verb]!.sentence !== here || tokens[verb]!.pos !== 'VERB') return undefined
  if (tokens[verb - 1]!.pos !== 'CCONJ' || !(after?.pos === 'VERB' || after?.pos === 'AUX')) return undefined
  return sentenceSubject(person, here, earlier, index)
}

/** What a rule resolving a pronoun reads: the mentions so far, the document's index, the lexicon's classes. */
interface Resolving {
  readonly earlier: Antecedents
  readonly index: DocIndex
  readonly words: Words
}

/**
 * A possessive of what a country keeps of its own (OWN_SIDE_NOUNS: "its citizens", "its ambassador", "their troops")
 * right after a verb coordinated with the sentence's own ("refused to send troops to Iraq and urged its citizens to
 * leave"), or opening a participle clause after a comma (", urging its citizens"), is the subject's, which that verb
 * shares: not the nearest name, the object of the verb before.
 */
function ownSideOwner(mention: Mention, here: number, context: Resolving): Mention | undefined {
  const { earlier, index, words } = context
  const word = mention.text.toLowerCase()
  if (mention.form !== 'pronoun' || here < 0 || (word !== 'its' && word !== 'their')) return undefined
  const { tokens } = index
  const at = index.tokenAt(mention.start)
  const verb = tokens[at - 1]
  if (verb?.pos !== 'VERB' || verb.sentence !== here || !words.OWN_SIDE_NOUNS.has(tokens[at + 1]?.norm ?? ''))
    return undefined
  const joiner = tokens[at - 2]
  const coordinated = joiner?.pos === 'CCONJ' || (joiner?.norm === ',' && verb.norm.endsWith('ing'))
  return coordinated ? sentenceSubject(false, here, earlier, index) : undefined
}

/**
 * A subject pronoun's kind — of a person (true) or of a country or body (false) — and its token; undefined when the
 * mention is no subject pronoun.
 */
function subjectPronounAt(
  mention: Mention,
  here: number,
  index: DocIndex,
  words: Words,
): { person: boolean; at: number } | undefined {
  if (mention.form !== 'pronoun' || here < 0) return undefined
  const word = mention.text.toLowerCase()
  const person = PERSON_PRONOUNS.has(word)
  if (!(person ? SUBJECT_PRONOUNS.has(word) : words.SUBJECT_THING_PRONOUNS.has(word))) return undefined
  return { person, at: index.tokenAt(mention.start) }
}

/**
 * A thing pronoun that is the subject of its sentence before any other name and any verb ("It said …", "On Monday it
 * announced …") continues the previous sentence's subject, a country or organization, as "he" continues a person:
 * "Turkey closed its airspace to Syrian flights. It said …" is Turkey. Nothing when that subject is one of a list
 * ("Russia and China …": "it" agrees with neither), owns it ("Jordan's economy …") or is no actor ("The earthquake
 * struck Turkey. It killed …"), or when
 * the pronoun is the placeholder of a verb like "seem" or "be" + adjective ("It remains unclear …"), or a munition
 * named in that sentence may be what it is ("North Korea fired a missile. It landed …").
 */
function openingSubject(mention: Mention, here: number, context: Resolving): Mention | undefined {
  const { earlier, index, words } = context
  const pronoun = subjectPronounAt(mention, here, index, words)
  if (pronoun === undefined || pronoun.person || here < 1 || earlier.anyIn(here)) return undefined
  const { tokens } = index
  const [first] = index.sentenceTokens[here] ?? [0, 0]
  for (let k = first; k < pronoun.at; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined
  // "It also expelled …": an adverb may stand before the verb
  let v = pronoun.at + 1
  while (tokens[v]?.pos === 'ADV' && tokens[v]!.sentence === here) v++
  const verb = tokens[v]
  if (verb?.pos !== 'VERB' && verb?.pos !== 'AUX') return undefined
  if (words.EXPLETIVE_VERBS.has(verb.lemma) && !(verb.lemma === 'be' && passiveOfActor(tokens, v))) return undefined
  const subject = sentenceSubject(false, here - 1, earlier, index)
  if (!subject || inList(earlier.mentions.indexOf(subject), earlier.mentions, index.text)) return undefined
  // "Jordan's economy is growing. It has suffered …": the subject is what the name owns
  if (isPossessiveMarker(tokens[index.tokenAt(subject.end)])) return undefined
  // "North Korea fired a missile. It landed …": a munition named after the subject may be what "it" is
  const [, stop] = index.sentenceTokens[here - 1] ?? [0, 0]
  for (let k = index.tokenAt(subject.end); k < stop; k++) {
    if (tokens[k]!.pos === 'NOUN' && words.MUNITION_NOUNS.has(tokens[k]!.lemma)) return undefined
  }
  return subject
}

/**
 * Whether "be" at `v` makes a passive that governs an act of the subject's own ("it was expected to approve …", "it
 * was forced to respond"). Any other passive is not read: its "it" is what was acted on, as often the thing the
 * sentence before names as its subject ("Iran seized a tanker. It was released …" releases the tanker, not Iran),
 * and "It is expected that …" is a placeholder.
 */
function passiveOfActor(tokens: DocIndex['tokens'], v: number): boolean {
  let k = v + 1
  while (tokens[k]?.pos === 'PART' || tokens[k]?.pos === 'ADV') k++
  return tokens[k]?.pos === 'VERB' && tokens[k + 1]?.norm === 'to'
}

/** Tags of the object phrase between a warning verb and what it warns of: "warned the Ukrainian government". */
const OBJECT_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART'])
const WARNED_REACH = 8

/**
 * The subject pronoun of what a warning says will happen ("Russia warned Ukraine (that) it would destroy …",
 * "Putin warned Zelensky he would respond") is the warner: one warns another of one's own act. The pronoun stands
 * after the warning verb, its object and an optional "that", right before a modal of a future or conditional act.
 */
function warnerSubject(
  mention: Mention,
  here: number,
  earlier: Antecedents,
  index: DocIndex,
  words: Words,
): Mention | undefined {
  const pronoun = subjectPronounAt(mention, here, index, words)
  if (pronoun === undefined) return undefined
  const { person, at } = pronoun
  const { tokens } = index
  if (!words.FORECAST_MODALS.has(tokens[at + 1]?.norm ?? '')) return undefined
  // "warned Israel it would face …", "… it would pay a heavy price": what befalls the one warned, the nearest name
  if (befallsWarned(index, at + 2, words)) return undefined
  // "warned that if Israel attacked, it would strike": a condition may stand between the warning and its subject
  let k = beforeCondition(index, at - 1, here, words)
  // with a condition between, the nearest name is the condition's side, so no object need stand between
  const conditioned = k !== at - 1
  if (tokens[k]?.pos === 'SCONJ' || tokens[k]?.norm === 'that') k--
  const object = k
  while (k > at - WARNED_REACH && OBJECT_TAGS.has(tokens[k]?.pos ?? '') && tokens[k]!.sentence === here) k--
  const verb = tokens[k]
  if (
    (k === object && !conditioned) ||
    verb?.pos !== 'VERB' ||
    verb.sentence !== here ||
    !words.WARNER_VERBS.has(verb.lemma)
  )
    return undefined
  return sentenceSubject(person, here, earlier, index, verb.start)
}

/** How far back a condition's "if" or "unless" may stand from the comma that ends it. */
const CONDITION_REACH = 12

/**
 * The token before a condition that ends with the comma at `k` ("… that if Israel attacked, it would"): the one
 * before its "if" or "unless"; `k` itself when no condition ends there.
 */
function beforeCondition({ tokens }: DocIndex, k: number, here: number, words: Words): number {
  if (tokens[k]?.norm !== ',') return k
  for (let j = k - 1; j > k - CONDITION_REACH && tokens[j]?.sentence === here; j--) {
    const norm = tokens[j]?.norm ?? ''
    if (norm === ',') return k
    if (words.CONDITIONAL_CONJUNCTIONS.has(norm)) return j - 1
  }
  return k
}

/** Whether the verb after a modal, past a negator or adverb, tells what befalls its subject (WARNED_FATE_VERBS). */
function befallsWarned({ tokens }: DocIndex, from: number, words: Words): boolean {
  for (let k = from; k < from + 2; k++) {
    const token = tokens[k]
    if (token?.pos === 'VERB') return words.WARNED_FATE_VERBS.has(token.lemma)
    if (token?.pos !== 'ADV' && token?.pos !== 'PART') return false
  }
  return false
}

/**
 * The sentence's subject: its first mention of the pronoun's kind (before `before`, when given), with no verb
 * before it and not modifying a noun after it.
 */
function sentenceSubject(
  person: boolean,
  here: number,
  earlier: Antecedents,
  index: DocIndex,
  before = Infinity,
): Mention | undefined {
  const { tokens } = index
  const subject = earlier.firstIn(here, (m) =>
    person ? m.kind === 'person' : m.kind === 'country' || m.kind === 'organization',
  )
  if (!subject || subject.start >= before) return undefined
  // "A top U.S. official praised …": a name that modifies the subject's noun is not the subject ("China's ministry" is)
  if (NOUN_TAGS.has(tokens[index.tokenAt(subject.end)]?.pos ?? '')) return undefined
  const [first] = index.sentenceTokens[here] ?? [0, 0]
  for (let k = first; k < tokens.length && tokens[k]!.start < subject.start; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined
  }
  return subject
}
const NEXT_WORD = /^\s+([a-z]+)/
const APPLICANT_NOUNS = new Set(['application', 'bid', 'accession', 'candidacy', 'request', 'membership'])
const LIST_JOINT = /^\s*(?:,|and|or|, and|, or)\s*$/
const OPENS_APPOSITION = /^\s*,[^,.;:()]*$/
const CLOSES_APPOSITION = /^[^,.;:()]*,/

type Tagged = readonly { start: number; pos: string }[]

/** Whether a verb starts between two offsets. */
function verbBetween(tokens: Tagged, start: number, end: number): boolean {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (tokens[middle]!.start < start) low = middle + 1
    else high = middle
  }
  for (let k = low; k < tokens.length && tokens[k]!.start < end; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true
  }
  return false
}

/**
 * Whether a mention is inside an apposition set off by commas right after another name, so it is not its
 * clause's subject: "the United States" in "General Motors, the largest carmaker in the United States, named …",
 * "U.S." in "General Motors, the largest U.S. carmaker, named …" (not "…, have imposed sanctions on Russia over").
 */
function inApposition(index: number, mentions: readonly Mention[], doc: { text: string; tokens: Tagged }): boolean {
  const mention = mentions[index]!
  const before = mentions[index - 1]
  if (!before?.entity || before.form === 'pronoun') return false
  if (!OPENS_APPOSITION.test(doc.text.slice(before.end, mention.start))) return false
  if (verbBetween(doc.tokens, before.end, mention.start)) return false
  return CLOSES_APPOSITION.test(doc.text.slice(mention.end, mention.end + 200))
}

/** Whether the mention at `index` is joined to a neighbouring named mention by "and", "or" or a comma. */
function inList(index: number, mentions: readonly Mention[], text: string): boolean {
  const mention = mentions[index]!
  const before = mentions[index - 1]
  const after = mentions[index + 1]
  const joined = (left: Mention, right: Mention) =>
    right.form !== 'pronoun' && left.form !== 'pronoun' && LIST_JOINT.test(text.slice(left.end, right.start))
  return (before !== undefined && joined(before, mention)) || (after !== undefined && joined(mention, after))
}

/** The first person named in the nearest earlier sentence (of the last two) that names one. */
function subjectBefore(earlier: Antecedents, here: number): Mention | undefined {
  for (let back = 1; back <= 2; back++) {
    const first = earlier.firstPerson(here - back)
    if (first) return first
  }
  return undefined
}

/** One entry per linked entity, with its mentions and, for people, who they act for. */
function gatherEntities(kb: KbView, mentions: readonly Mention[]): DocEntity[] {
  const byId = new Map<string, { kind: DocEntity['kind']; mentions: string[]; role?: Role; name?: string }>()
  for (const mention of mentions) {
    if (!mention.entity || !mention.kind) continue
    const entry = byId.get(mention.entity) ?? { kind: mention.kind, mentions: [] }
    entry.mentions.push(mention.id)
    if (mention.role && (!entry.role || entry.role.learned)) entry.role = mention.role
    if (mention.form === 'name' || mention.form === 'title') entry.name ??= mention.text
    byId.set(mention.entity, entry)
  }
  return [...byId].map(([id, entry]) => {
    const known = kb.entity(id)
    const actsFor = entry.role && entry.role.to !== 'former' ? entry.role.of : undefined
    return {
      id,
      kind: entry.kind,
      name: known?.name ?? entry.name ?? id,
      mentions: entry.mentions,
      ...(actsFor ? { actsFor } : {}),
      ...(entry.role ? { role: entry.role } : {}),
    }
  })
}
