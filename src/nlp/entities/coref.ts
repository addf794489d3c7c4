import type { DocEntity, Mention, Role } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import type { KbView } from './kb-view.js'
import { DESCRIPTION_HEADS, PERSON_PRONOUNS } from './vocabulary.js'

type Located = readonly { start: number; sentence: number }[]

/** Sentence index of each mention, from the token that starts it (the last such token); -1 when none does. */
function sentenceOf(tokens: Located): (offset: number) => number {
  if (!startsAscend(tokens)) {
    const byStart = new Map(tokens.map((t) => [t.start, t.sentence]))
    return (offset) => byStart.get(offset) ?? -1
  }
  // tokens come in text order, so a binary search finds the token without building a map of all of them
  return (offset) => {
    let low = 0
    let high = tokens.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (tokens[middle]!.start <= offset) low = middle + 1
      else high = middle
    }
    const token = tokens[low - 1]
    return token && token.start === offset ? token.sentence : -1
  }
}

function startsAscend(tokens: Located): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.start < tokens[i - 1]!.start) return false
  return true
}

/**
 * Resolves pronouns and definite descriptions to an entity named earlier, then gathers the document's
 * entities. "he" → the last person; "its" → the last country or organization in the sentence;
 * "the alliance" → the last alliance; "the Scandinavian country" → the last Scandinavian country;
 * a bare "the country" never refers to a country named in its own sentence.
 */
export function createCoref(kb: KbView): Stage {
  return {
    name: 'coref',
    needs: ['tokens', 'mentions'],
    adds: ['mentions', 'entities'],
    run(doc) {
      const sentence = sentenceOf(doc.tokens)
      const resolved: Mention[] = []
      for (const mention of doc.mentions) {
        if (mention.entity || (mention.form !== 'pronoun' && mention.form !== 'description')) {
          resolved.push(mention)
          continue
        }
        const antecedent = findAntecedent(kb, mention, resolved, sentence, doc.text)
        resolved.push(
          antecedent?.entity && antecedent.kind
            ? {
                ...mention,
                entity: antecedent.entity,
                kind: antecedent.kind,
                antecedent: antecedent.id,
                confidence: 0.6,
              }
            : mention,
        )
      }
      return { mentions: resolved, entities: gatherEntities(kb, resolved) }
    },
  }
}

function findAntecedent(
  kb: KbView,
  mention: Mention,
  earlier: readonly Mention[],
  sentence: (offset: number) => number,
  text: string,
): Mention | undefined {
  const here = sentence(mention.start)
  const word = mention.text.toLowerCase()
  // the nearest linked mention before this one that passes the test
  const latest = (test: (m: Mention) => boolean) => earlier.findLast((m) => !!m.entity && !!m.kind && test(m))
  if (mention.form === 'pronoun') {
    if (PERSON_PRONOUNS.has(word)) {
      const near = (m: Mention) => m.kind === 'person' && here - sentence(m.start) <= 2
      // a pronoun that opens its sentence is its subject, and subjects continue subjects: in "Blinken met Qin,
      // who accepted. Earlier he met Wang", "he" is Blinken, the last sentence's first person, not Qin
      const opens = SUBJECT_PRONOUNS.has(word) && !earlier.some((m) => sentence(m.start) === here)
      return (opens ? subjectBefore(earlier, here, sentence) : undefined) ?? latest(near)
    }
    // a singular "its" is not one of a list: in "Turkey and Hungary have not ratified its application" it is Sweden
    // what a country asks of an organization ("its application", "its bid") is a country's, not the alliance's
    const applicant = APPLICANT_NOUNS.has(NEXT_WORD.exec(text.slice(mention.end, mention.end + 20))?.[1] ?? '')
    return latest(
      (m) =>
        (m.kind === 'country' || (m.kind === 'organization' && !applicant)) &&
        sentence(m.start) === here &&
        !inList(m, earlier, text),
    )
  }
  const head = DESCRIPTION_HEADS.get(word.split(/\s+/).at(-1) ?? '')
  if (!head) return undefined
  const adjective = mention.unlinked?.startsWith('adjective:') ? mention.unlinked.slice('adjective:'.length) : undefined
  const members = adjective ? new Set(kb.regionByAdjective(adjective)?.members ?? []) : undefined
  return latest((m) => {
    if (m.kind !== head.kind) return false
    if (members) return members.has(m.entity!)
    if (head.kind === 'country' && sentence(m.start) === here) return false
    if (head.kind === 'organization' && head.orgKinds) {
      const orgKind = kb.entity(m.entity!)?.orgKind
      return orgKind !== undefined && head.orgKinds.includes(orgKind)
    }
    if (head.kind === 'person') return word.includes('minister') ? /minister/i.test(m.role?.title ?? '') : true
    return true
  })
}

const SUBJECT_PRONOUNS = new Set(['he', 'she'])
const NEXT_WORD = /^\s+([a-z]+)/
const APPLICANT_NOUNS = new Set(['application', 'bid', 'accession', 'candidacy', 'request', 'membership'])
const LIST_JOINT = /^\s*(?:,|and|or|, and|, or)\s*$/

/** Whether a mention is joined to a neighbouring named mention by "and", "or" or a comma. */
function inList(mention: Mention, mentions: readonly Mention[], text: string): boolean {
  const index = mentions.indexOf(mention)
  const before = mentions[index - 1]
  const after = mentions[index + 1]
  const joined = (left: Mention, right: Mention) =>
    right.form !== 'pronoun' && left.form !== 'pronoun' && LIST_JOINT.test(text.slice(left.end, right.start))
  return (before !== undefined && joined(before, mention)) || (after !== undefined && joined(mention, after))
}

/** The first person named in the nearest earlier sentence (of the last two) that names one. */
function subjectBefore(
  earlier: readonly Mention[],
  here: number,
  sentence: (offset: number) => number,
): Mention | undefined {
  for (let back = 1; back <= 2; back++) {
    const first = earlier.find((m) => m.entity && m.kind === 'person' && sentence(m.start) === here - back)
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
