import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { WordIdSet } from '../segment/intern.js'

/**
 * Word classes the dictionary's patterns name with `&CLASS` and the coder's grammar reads (governing verbs, light
 * verbs): data/coding/lexicon/*.json, each `{ "classes": { "NAME": ["lemma", …] } }`. A class lives in one file. A
 * class word may be a fixed phrase of two words separated by one space ("each other"): only the grammar reads those
 * (`phraseAt`); a pattern matches one word and refuses a class of phrases.
 */
export const LEXICON_DIR = fileURLToPath(new URL('../../../data/coding/lexicon', import.meta.url))

const CLASS_NAME = /^[A-Z][A-Z0-9_]*$/
const LexiconFile = z.object({
  note: z.string().optional(),
  classes: z.record(
    z.string().regex(CLASS_NAME, 'a class name is upper case: letters, digits, _'),
    z.array(
      z
        .string()
        .min(1)
        // phraseAt reads two words: a longer phrase would never match
        .regex(/^[^\sA-Z]+( [^\sA-Z]+)?$/, 'a class word is one lower-case lemma, or a fixed phrase of two'),
    ),
  ),
})

export interface Lexicon {
  /** Words of each class, lemmas in lower case. */
  readonly classes: ReadonlyMap<string, ReadonlySet<string>>
  /** File each class was read from. */
  readonly files: ReadonlyMap<string, string>
}

/** A lexicon from classes given inline (tests, tools). */
export function lexiconOf(classes: Record<string, readonly string[]>, file = '(inline)'): Lexicon {
  return {
    classes: new Map(Object.entries(classes).map(([name, words]) => [name, new Set(words)])),
    files: new Map(Object.keys(classes).map((name) => [name, file])),
  }
}

/** Reads every `*.json` file of a lexicon folder; a class defined in two files is an error naming both. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  const classes = new Map<string, ReadonlySet<string>>()
  const files = new Map<string, string>()
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
  for (const name of names) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown
    } catch (error) {
      throw new Error(`${name}: cannot read the lexicon file: ${(error as Error).message}`, { cause: error })
    }
    const parsed = LexiconFile.safeParse(json)
    if (!parsed.success) {
      const problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
      throw new Error(`${name}: not a lexicon file (${problem})`)
    }
    for (const [cls, words] of Object.entries(parsed.data.classes)) {
      const other = files.get(cls)
      if (other) throw new Error(`${name}: class ${cls} is also defined in ${other}`)
      classes.set(cls, new Set(words))
      files.set(cls, name)
    }
  }
  return { classes, files }
}

let shared: Lexicon | undefined

/** The lexicon of data/coding/lexicon/, loaded once. */
export function defaultLexicon(): Lexicon {
  shared ??= loadLexicon()
  return shared
}

/**
 * The classes the coder's, the sentence layer's, recognition's and coreference's own rules read
 * (data/coding/lexicon/grammar.json, syntax.json, coder.json, coref.json, recognize.json), as opposed to the classes only the dictionary's patterns name.
 */
export const GRAMMAR_CLASSES = [
  // grammar.json: verbs the coder's constructions turn on
  'GOVERNING_VERBS',
  'INTENT_WORDS',
  'INTENT_NOUNS',
  'INTENT_NOUN_VERBS',
  'FUTURE_WORDS',
  'THREAT_VERBS',
  'PREPARING_VERBS',
  'NEGATING_VERBS',
  'GERUND_VERBS',
  'REFUSING_VERBS',
  'PROMISING_VERBS',
  'PLEDGING_WORDS',
  'SAY_VERBS',
  'OBJECT_CONTROL_VERBS',
  'COERCING_VERBS',
  'DEPLOYING_VERBS',
  'PERMITTING_VERBS',
  'APPEAL_VERBS',
  'DEMAND_VERBS',
  'COMMANDING_VERBS',
  'ATTEMPT_VERBS',
  'WARNING_VERBS',
  'LIGHT_VERBS',
  'SUPPORT_VERBS',
  'SUPPORT_PARTICLES',
  'SIDE_PREPOSITIONS',
  'FRONTIER_NOUNS',
  'READY_ADJECTIVES',
  'READY_PREPOSITIONS',
  'BACKOFF_STOP',
  'BACKOFF_NO_LEND',
  'GO_BETWEEN_VERBS',
  // syntax.json: the sentence layer's words
  'NEGATORS',
  'HYPOTHETICAL_WORDS',
  'POSSIBILITY_WORDS',
  'HEDGES',
  'VERB_GROUP_WORDS',
  'STATE_PARTICIPLES',
  'STATE_PREPOSITIONS',
  'SAME_FORM_PARTICIPLES',
  'COMPLEMENT_NOUNS',
  'GERUND_PREPOSITIONS',
  'BETWEEN_VERBS',
  'STANCE_PREFIXES',
  'RELATIVE_PRONOUNS',
  'SUBORDINATORS',
  'PARTICIPLE_OPENERS',
  'POSSESSIVE_PRONOUNS',
  'LIST_JOINERS',
  'LIST_CLOSERS',
  'CLAUSE_OPENERS',
  'AGENT_NOUNS',
  'RELATIONAL_NOUNS',
  'OBJECT_PREPOSITIONS',
  'OF_VERBS',
  'CLAUSE_VERBS',
  'INFINITIVE_MARKERS',
  'COMPLEMENTIZERS',
  'AGENT_PREPOSITIONS',
  'GENITIVE_PREPOSITIONS',
  'COMITATIVE_PREPOSITIONS',
  'RECIPIENT_PREPOSITIONS',
  'CORRELATIVE_OPENERS',
  'EXPECTING_VERBS',
  'COPULAS',
  'CONDITIONAL_MODALS',
  'OBLIGATION_MODALS',
  'OBLIGATION_VERBS',
  'PAST_OBLIGATION_VERBS',
  'ADVERBIAL_AFTER_TO',
  'PASSIVE_AUXILIARIES',
  'CONDITIONAL_CONJUNCTIONS',
  'INVERTING_AUXILIARIES',
  'SUBJUNCTIVE_AUXILIARIES',
  'COORDINATING_CONJUNCTIONS',
  'VERB_PHRASE_COORDINATORS',
  'COMITATIVE_MARKERS',
  'LEADING_PARTICIPLES',
  'OWNING_PARTICIPLES',
  'NAMED_ACCORDS',
  'VENUE_EVENTS',
  'CAUSATIVE_VERBS',
  'UNNAMED_FORCES',
  'INTERROGATIVE_DETERMINERS',
  'SOURCE_PREPOSITIONS',
  'INESSIVE_PREPOSITIONS',
  'ETHNIC_MODIFIERS',
  'NEGATIVE_PARTICLES',
  // coder.json: the coder's own rules
  'PLACE_PREPOSITIONS',
  'DOMESTIC_GROUPS',
  'ARMED_GROUPS',
  'ARMED_DOERS',
  'MEETING_NOUNS',
  'DOCUMENT_NOUNS',
  'QUANTITY_WORDS',
  'BEARER_NOUNS',
  'WISHING_VERBS',
  'WISH_LINKS',
  'SUBJECT_PRONOUNS',
  'DEFINITE_DETERMINERS',
  'DATED_UNITS',
  'CAUSE_WORDS',
  'TIME_CLAUSE_WORDS',
  'AIM_LEADERSHIP',
  'AIM_POLICY',
  'AIM_RIGHTS',
  'AIM_REGIME',
  'FIXED_COMPOUNDS',
  'COMPOUND_MODIFIERS',
  'PHRASAL_RETREATS',
  'IDIOM_PARTICLES',
  'NAMING_VERBS',
  'MEANS_PREPOSITIONS',
  'NOUN_COMPLEMENT_PREPOSITIONS',
  'FORCE_OBJECT_KINDS',
  'PARTITIVE_NOUNS',
  'NO_AGENT_KINDS',
  'MEANS_DEFERRING_VERBS',
  'TIME_PHRASE_HEADS',
  'AMOUNT_MAGNITUDES',
  'CURRENCY_NAMES',
  'MAGNITUDE_NUMERALS',
  'NOMINAL_NEGATORS',
  'RECIPROCAL_PRONOUNS',
  'ELLIPTIC_OBJECTS',
  'PRO_VERBS',
  'VERB_PHRASE_PROFORMS',
  'LOCATIVE_PREPOSITIONS',
  'LOWER_BOUND_PREPOSITIONS',
  'RELATIVE_TIME_PREPOSITIONS',
  'LIGHT_VERB_PARTICLES',
  'DEFINITE_ARTICLES',
  'PAST_PERFECT_AUXILIARIES',
  'VERB_COMPLEMENT_MARKERS',
  'PURPOSE_OPENERS',
  'AIM_NOUNS',
  'AIM_OPENERS',
  'AIM_PARTICIPLES',
  'AIM_MARKERS',
  'MEANS_VERBS',
  'BODY_NOUNS',
  'DENIAL_VERBS',
  'DOCUMENT_REJECTERS',
  'BLOCKING_VERBS',
  'PREVENTION_MARKERS',
  'PREVENTING_VERBS',
  'ONWARD_VERBS',
  'ONWARD_LINKS',
  'FINAL_WORDS',
  'NON_AGENT_CAUSES',
  'ACCIDENT_VERBS',
  'MUNITION_NOUNS',
  'CUSTODY_NOUNS',
  // classes-10-20.json: forces and weapons, also named by the dictionary's patterns
  'TROOPS',
  'WEAPON',
  // coref.json: coreference's words
  'SUBJECT_THING_PRONOUNS',
  'LIST_PRONOUNS',
  'WARNER_VERBS',
  'FORECAST_MODALS',
  'WARNED_FATE_VERBS',
  'OWN_SIDE_NOUNS',
  'EXPLETIVE_VERBS',
  // recognize.json: recognition's words
  'NATIONAL_OFFICES',
  'OFFICE_MODIFIERS',
  'NOT_DESCRIBING',
  'HOME_CROWDS',
  'REPORTING_VERBS',
  'BEFORE_SAYING',
  'INTERNATIONAL_CITIES',
  'LOCATING_PREPOSITIONS',
  'BACKING_WORDS',
  'AGENT_MODIFIERS',
  'NEAR_PREPOSITIONS',
  'FOREIGN_MODIFIERS',
] as const

export type GrammarClass = (typeof GRAMMAR_CLASSES)[number]

/**
 * The grammar's word classes of one lexicon, each a property (`words.NEGATORS`): resolved once when a stage is built
 * (`createCode`, `createRelate`), carried by the document view, so the rules read the pipeline's lexicon at the cost
 * of a property read.
 */
export type Words = { readonly [K in GrammarClass]: ReadonlySet<string> }

const wordsCache = new WeakMap<Lexicon, Words>()

/**
 * The grammar's classes of a lexicon, one object per lexicon (stages built with one lexicon share it, and so may share
 * a document view); a class it lacks is an error naming the class.
 */
export function wordsOf(lexicon: Lexicon): Words {
  const known = wordsCache.get(lexicon)
  if (known) return known
  // made whole by Object.fromEntries, not by assigning one class after another: an object given its 129 classes one
  // at a time passes V8's limit for fast properties and becomes a hash table, and every rule reads a class from it
  // (`view.words.NEGATORS`) several times a token
  const words = Object.fromEntries(GRAMMAR_CLASSES.map((name) => [name, lexiconClass(name, lexicon)])) as Words
  wordsCache.set(lexicon, words)
  return words
}

/**
 * The grammar's classes compiled to word ids (`words.NEGATORS` as `ids.NEGATORS`), for the rules that ask of a
 * token's id (`DocIndex.normIds`) rather than of its word; one object per `Words`, made whole for the same reason.
 */
export type WordIds = { readonly [K in GrammarClass]: WordIdSet }

const idsCache = new WeakMap<Words, WordIds>()

/** The grammar's classes of `words` as sets of word ids, compiled once per `Words`. */
export function wordIdsOf(words: Words): WordIds {
  let ids = idsCache.get(words)
  if (!ids) {
    ids = Object.fromEntries(GRAMMAR_CLASSES.map((name) => [name, new WordIdSet(words[name])])) as WordIds
    idsCache.set(words, ids)
  }
  return ids
}

/** The words of a class of a lexicon; a missing class is named. */
export function lexiconClass(name: string, lexicon: Lexicon): ReadonlySet<string> {
  const words = lexicon.classes.get(name)
  if (!words) throw new Error(`Lexicon class ${name} is not defined in the lexicon (data/coding/lexicon/)`)
  return words
}
