import type { EntityKind, Mention, MentionType } from '../document.js'
import { defaultLexicon, type Lexicon } from '../nlp/syntax/index.js'

/** A pattern word: any of several lemmas (words and `&CLASS` members), maybe optional, maybe of one part of speech. */
export interface WordElement {
  readonly kind: 'word'
  readonly words: ReadonlySet<string>
  readonly optional: boolean
  readonly pos?: string
  /**
   * A phrasal head ("crack+down on $TARGET", "back+out of"): the particles one of which must stand right after the
   * head verb; the rest of the pattern is read after it.
   */
  readonly particles?: ReadonlySet<string>
}

/**
 * One element of a compiled pattern: a word, an actor slot, an exclusion, or a group of phrase alternatives
 * ("(put pressure|lean) on $TARGET").
 */
export type Element =
  | WordElement
  | SlotElement
  /**
   * "call !off $TARGET": the pattern fails when such a word stands next at this point; it matches nothing itself.
   * Written before the head ("!trade war"), `before` is set and the word right before the head is read.
   */
  | {
      readonly kind: 'exclude'
      readonly words: ReadonlySet<string>
      readonly pos?: string
      readonly before?: true
      /** "^sexually assault": written before the head, the word must stand right before it rather than not. */
      readonly present?: true
    }
  /** "(step up|ramp up) pressure": the first alternative whose words all stand next, in order, matches. */
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly WordElement[])[]; readonly optional: boolean }

/**
 * An actor slot. A typed slot (`$TARGET:LAND`) takes only an actor of those kinds that heads the object itself: it
 * stands right after the word before it (determiners and adjectives aside) and no noun follows it ("withdrew from
 * Mali", not "withdrew from talks with Mali" nor "left the AU summit").
 */
export interface SlotElement {
  readonly kind: 'slot'
  readonly role: 'source' | 'target'
  readonly optional?: boolean
  readonly kinds?: ReadonlySet<EntityKind>
}

/** The kinds of actor a typed slot may name: a land (a country, or a place or region filed under one), an organization, a person. */
export const SLOT_KINDS: Readonly<Record<string, readonly EntityKind[]>> = {
  LAND: ['country', 'place', 'region'],
  ORG: ['organization'],
  PERSON: ['person'],
}

/** The kind of a mention the linker gave none, by its type: a described person or body ("the Iraqi foreign minister"). */
const TYPE_KINDS: Partial<Record<MentionType, EntityKind>> = { PERSON: 'person', ORGANIZATION: 'organization' }

/**
 * Whether a typed slot takes an actor's mention: by its kind, else by its type (so "the Iraqi foreign minister" is a
 * person, no land a pattern such as "evacuate $TARGET:LAND" could take), else a place (one the view located: "Tehran").
 */
export function slotTakes(kinds: ReadonlySet<EntityKind>, mention: Mention): boolean {
  return kinds.has(mention.kind ?? TYPE_KINDS[mention.type] ?? 'place')
}

const SLOT = /^\$(TARGET|SOURCE)(?::([A-Z]+))?(\?)?$/

/** "$TARGET", "$SOURCE?", "$TARGET:LAND": an actor slot, or undefined for any other part. */
function slotPart(part: string, pattern: string): SlotElement | undefined {
  const parsed = SLOT.exec(part)
  if (!parsed) return undefined
  const [, role, type, optional] = parsed
  const slot: SlotElement = {
    kind: 'slot',
    role: role === 'TARGET' ? 'target' : 'source',
    ...(optional ? { optional: true } : {}),
  }
  if (type === undefined) return slot
  const kinds = SLOT_KINDS[type]
  if (!kinds)
    throw new Error(`Pattern "${pattern}": no slot kind ${type} in "${part}" (${Object.keys(SLOT_KINDS).join(' ')})`)
  return { ...slot, kinds: new Set(kinds) }
}

/** Universal Dependencies part-of-speech tags a pattern word may require ("talk/NOUN"). */
const UD_TAGS = new Set([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
])

const WORD = /^[a-z'’-]+$/
const PART = /^([!^])?([^/?!^]+)(\?)?(?:\/([A-Z]+))?(\?)?$/

/** The lemmas an alternative list stands for: words, and the words of each `&CLASS`. */
function wordsOf(alternatives: string, pattern: string, part: string, lexicon: Lexicon | undefined): Set<string> {
  const words = new Set<string>()
  for (const alternative of alternatives.split('|')) {
    if (alternative.startsWith('&')) {
      const name = alternative.slice(1)
      const members = (lexicon ?? defaultLexicon()).classes.get(name)
      if (!members) throw new Error(`Pattern "${pattern}": no lexicon class ${name} (in "${part}")`)
      for (const word of members) {
        if (word.includes(' ')) throw new Error(`Pattern "${pattern}": class ${name} holds phrases ("${word}")`)
        words.add(word)
      }
    } else if (WORD.test(alternative)) words.add(alternative)
    else throw new Error(`Pattern "${pattern}": cannot read "${part}"`)
  }
  return words
}

/** The parts of a pattern, split at spaces outside parentheses: "(put pressure|lean) on $TARGET" has three. */
function partsOf(pattern: string): string[] {
  const parts: string[] = []
  let depth = 0
  let part = ''
  for (const char of pattern.trim()) {
    if (char === '(') depth++
    else if (char === ')') depth--
    if (depth < 0 || depth > 1) throw new Error(`Pattern "${pattern}": unbalanced or nested parentheses`)
    if (/\s/.test(char) && depth === 0) {
      if (part) parts.push(part)
      part = ''
    } else part += char
  }
  if (depth !== 0) throw new Error(`Pattern "${pattern}": unbalanced or nested parentheses`)
  if (part) parts.push(part)
  return parts
}

/** A word or exclusion part: "sanction|&SANCTION/NOUN", "on?", "!off". */
function wordPart(part: string, pattern: string, lexicon: Lexicon | undefined): Element {
  const parsed = PART.exec(part)
  if (!parsed) throw new Error(`Pattern "${pattern}": cannot read "${part}"`)
  const [, bang, alternatives = '', early, pos, late] = parsed
  if (early && late) throw new Error(`Pattern "${pattern}": cannot read "${part}"`)
  if (pos !== undefined && !UD_TAGS.has(pos))
    throw new Error(`Pattern "${pattern}": "${pos}" in "${part}" is no part-of-speech tag (${[...UD_TAGS].join(' ')})`)
  const words = wordsOf(alternatives, pattern, part, lexicon)
  if (bang) {
    if (early || late) throw new Error(`Pattern "${pattern}": an exclusion cannot be optional ("${part}")`)
    const present = bang === '^' ? ({ present: true } as const) : {}
    return pos ? { kind: 'exclude', words, pos, ...present } : { kind: 'exclude', words, ...present }
  }
  const optional = !!(early || late)
  return pos ? { kind: 'word', words, optional, pos } : { kind: 'word', words, optional }
}

const GROUP = /^\(([^()]+)\)(\?)?$/

/**
 * A group of phrase alternatives, "(put pressure|step up pressure)" or optional "(in return)?": `|` separates
 * phrases, spaces the words of a phrase; a phrase holds words only (a `&CLASS` gives word alternatives inside it) and
 * at least one required word.
 */
function groupPart(part: string, pattern: string, lexicon: Lexicon | undefined): Element {
  const parsed = GROUP.exec(part)
  if (!parsed) throw new Error(`Pattern "${pattern}": cannot read "${part}"`)
  const alternatives = (parsed[1] ?? '').split('|').map((phrase) => {
    const words = phrase.trim().split(/\s+/).filter(Boolean)
    const elements = words.map((word) => wordPart(word, pattern, lexicon))
    if (!elements.length || elements.some((e) => e.kind !== 'word'))
      throw new Error(`Pattern "${pattern}": a phrase of "${part}" must be words`)
    const list = elements as WordElement[]
    if (list.every((e) => e.optional))
      throw new Error(`Pattern "${pattern}": a phrase of "${part}" needs a required word`)
    return list
  })
  return { kind: 'group', alternatives, optional: !!parsed[2] }
}

/**
 * Parses "impose sanction|&SANCTION/NOUN on? $TARGET" into elements (SYNTAX: data/coding/dictionary/README.md);
 * the first element must be a required word. `&CLASS` takes its words from the lexicon (by default
 * data/coding/lexicon/).
 */
export function compilePattern(pattern: string, lexicon?: Lexicon): Element[] {
  const parts = partsOf(pattern)
  // "!trade|price war with $TARGET": exclusions before the head read the word right before it
  const leading = parts.findIndex((part) => !part.startsWith('!') && !part.startsWith('^'))
  const before = parts.slice(0, Math.max(0, leading)).map((part): Element => {
    const element = wordPart(part, pattern, lexicon)
    return { ...element, before: true } as Element
  })
  const elements = parts.slice(Math.max(0, leading)).map((part, n): Element => {
    if (part.startsWith('^'))
      throw new Error(`Pattern "${pattern}": "${part}" (a word before the head) stands after it`)
    if (n === 0 && part.includes('+')) return headPart(part, pattern, lexicon)
    const slot = slotPart(part, pattern)
    if (slot) return slot
    return part.startsWith('(') ? groupPart(part, pattern, lexicon) : wordPart(part, pattern, lexicon)
  })
  const head = elements[0]
  if (!head || head.kind !== 'word' || head.optional) throw new Error(`Pattern "${pattern}" must start with a word`)
  return before.length ? [head, ...before, ...elements.slice(1)] : elements
}

const PHRASAL_HEAD = /^([^+]+)\+([a-z|]+)(\/[A-Z]+)?$/

/**
 * A phrasal head, "back|pull+out" or "crack+down/VERB": the verb part (with the part of speech, if any) read as any
 * head word, and the particles one of which must stand right after it.
 */
function headPart(part: string, pattern: string, lexicon: Lexicon | undefined): Element {
  const parsed = PHRASAL_HEAD.exec(part)
  if (!parsed) throw new Error(`Pattern "${pattern}": cannot read the head "${part}"`)
  const [, verbs = '', particles = '', pos = ''] = parsed
  const head = wordPart(verbs + pos, pattern, lexicon)
  if (head.kind !== 'word' || head.optional) throw new Error(`Pattern "${pattern}": cannot read the head "${part}"`)
  const words = particles.split('|')
  if (words.some((word) => !WORD.test(word))) throw new Error(`Pattern "${pattern}": cannot read the head "${part}"`)
  return { ...head, particles: new Set(words) }
}
