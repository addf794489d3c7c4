import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

type Wink = ReturnType<typeof winkNLP>
type Pipe = Parameters<typeof winkNLP>[1]

/** The lexemes of wink's core model: every word text, and its index by text. Intrinsic words come first. */
interface Lexemes {
  readonly list: string[]
  readonly hash: Record<string, number>
}

/** What the model package's `core` is (its typings leave it `unknown`): a function that reads a fresh copy. */
interface CoreModel {
  readonly features: { readonly lexeme: Lexemes }
  /** The tokenizer's regexes: `ltc` tells a whitespace-delimited text's category, `rtc` splits the rest. */
  readonly trex: { readonly ltc: Rule[]; readonly rtc: Rule[] }
  readonly tcat: { readonly hash: Record<string, number> }
}
type Rule = [source: string, flags: string, category: number]

/** A wink instance and the lexemes of its own core model (wink loads a fresh copy of the model's data each time). */
interface Instance {
  readonly wink: Wink
  readonly lexemes: Lexemes
  /** How many lexemes the model came with. */
  readonly intrinsic: number
  /** Learned lexemes before this index were looked at already. */
  checked: number
  /** Whether a learned word may stay in the look-up table (see `harmlessTest`). */
  readonly harmless: (text: string) => boolean
  /** Learned lexemes before this index were all taken out of the look-up table by `forgetAll`. */
  cleared: number
  /** Learned numbers left in the look-up table (see `NUMBER`), to take out before a text that splits one off a word. */
  numbers: string[]
}

/**
 * The model's custom-entity part, read once: the package's `metaCER()` stringifies the JSON it keeps each time it is
 * called (so a second instance gets a quoted string, and each one after it doubles the escapes, until a string is
 * too long for V8). entente never teaches wink custom entities, but every instance reads it.
 */
const metaCER = (model.metaCER as () => unknown)()

function load(pipe: Pipe): Instance {
  let core: CoreModel | undefined
  const readCore = model.core as () => CoreModel
  const wink = winkNLP({ ...model, core: () => (core = readCore()), metaCER: () => metaCER }, pipe)
  if (!core) throw new Error('wink-nlp did not load its core model')
  const lexemes = core.features.lexeme
  const intrinsic = lexemes.list.length
  return { wink, lexemes, intrinsic, checked: intrinsic, cleared: intrinsic, harmless: harmlessTest(core), numbers: [] }
}

/**
 * Which learned words can stay known without changing how a later text is tokenized: those the tokenizer keeps
 * whole, as words, wherever it meets them. A text whose first matching `ltc` rule is the word rule (letters and
 * combining marks only: no period, hyphen, apostrophe or digit, where the tokenizer asks whether a longer piece is
 * a known word) and that no other category's `rtc` rule matches whole (wink reads "USD" inside a longer token as a
 * currency). Such a word is added whole, as a word, whether the lexicon knows it or not, and its features come
 * from its text alone; only its index differs, and no stage reads that.
 */
function harmlessTest(core: CoreModel): (text: string) => boolean {
  const WORD = core.tcat.hash.word
  const ltc = core.trex.ltc.map(([source, flags, category]) => [new RegExp(source, flags), category] as const)
  const others = core.trex.rtc
    .filter(([, , category]) => category !== WORD)
    .map(([source, flags]) => new RegExp(`^(?:${source})$`, flags.replace('g', '')))
  return (text) => ltc.find(([rule]) => rule.test(text))?.[1] === WORD && !others.some((rule) => rule.test(text))
}

/**
 * When wink meets a word its lexicon lacks, it adds the word to the lexicon, and its tokenizer keeps a known text
 * whole: after "the A380's." (where "A380's" is learned), a later "A380's engines" is not split into "A380" and
 * "'s" any more. So before each text is read, the words learned from earlier texts that could change a later
 * tokenization (all but plain words, see `harmlessTest`, and numbers, see `NUMBER`) are taken out of the lexicon's
 * look-up table again: every text is tokenized as against the model's own lexicon and its own words, the same
 * whatever was read before.
 * Forgetting is only that: their entries stay in wink's lists (wink keeps its table of their features out of
 * reach), so a document read earlier still reads right, and the lists grow with each new word (some 120 bytes
 * each). Past `MAX_LEARNED` of them the instance is replaced by a fresh one, built in about 0.2 s, which bounds
 * that memory (and keeps wink's feature indices below their packing limits).
 */
export const MAX_LEARNED = 100_000

/**
 * A number as wink's tokenizer reads one ("2024", "1,200", "3.5", "-4", "10/12"): exactly the texts its `ltc` number
 * rule takes, whose first matching `ltc` rule is that one (they hold a digit, so neither word rule takes them).
 * Learned numbers are most of what an article teaches wink (its figures and years), so they are kept when that is
 * safe. wink adds a number whole wherever it meets it, with the category it was first met with, and a learned one
 * only decides its own tokens: in a text where wink would read it as a number whole (a whitespace-delimited text, one
 * before or after punctuation, a match of its `rtc` number rule) it reads the same whether it knows it or not. One
 * place reads a number otherwise: a word with a period ("No.4418", "A1.5") is split at its periods, and the digits
 * after one are a piece of category word (tagged PROPN, not NUM). So a number is kept only when learned from a text
 * with no such word (`SPLITS_NUMBER`), where it was learned as a number, and the kept ones are taken out again before
 * a text with such a word is read. Every other text in which wink meets a number reads it whole, as a number.
 */
const NUMBER = /^[+-]?\d+(?:[.,\-/:]?\d+)*$/

/**
 * Whether wink may split a number off a word in this text: a word-rule match (which starts with a letter and holds
 * no white space) with a period before a digit. Tested on the whole text, so it also holds of texts that only look so.
 */
const SPLITS_NUMBER = /\.\d(?<=\p{L}\S*\.\d)/u

const PIPE: Pipe = ['sbd', 'pos']
let current = load(PIPE)
/** Whether the text read last may have taught wink a number as a word piece (see `NUMBER`). */
let lastSplitNumber = false

function forgetLearned(next: string): Wink {
  const { list, hash } = current.lexemes
  for (let i = current.checked; i < list.length; i++) {
    const text = list[i]!
    if (current.harmless(text)) continue
    if (!lastSplitNumber && NUMBER.test(text)) current.numbers.push(text)
    else delete hash[text]
  }
  current.checked = list.length
  if (list.length - current.intrinsic > MAX_LEARNED) current = load(PIPE)
  lastSplitNumber = SPLITS_NUMBER.test(next)
  if (lastSplitNumber && current.numbers.length > 0) {
    for (const text of current.numbers) delete current.lexemes.hash[text]
    current.numbers = []
  }
  return current.wink
}

/**
 * The shared wink-nlp reader (loading the model takes ~150 ms, so once per process and then only past
 * `MAX_LEARNED`). Only sentence splitting and POS tagging run (lemmas come from POS on demand); wink's own
 * sentiment, negation and entity passes are not used by entente and cost about a third of the time. Each text is
 * tokenized as against the model's lexicon alone, whatever texts were read before it.
 */
export const nlp = {
  readDoc(text: string): ReturnType<Wink['readDoc']> {
    return forgetLearned(text).readDoc(text)
  },
  its: current.wink.its,
}
export const its = nlp.its

/** Takes every word learned so far out of the look-up table: the next text reads as on a fresh instance (for tests). */
export function forgetAll(): void {
  const { list, hash } = current.lexemes
  for (let i = current.cleared; i < list.length; i++) delete hash[list[i]!]
  current.checked = current.cleared = list.length
  current.numbers = []
}

/** Words wink has added to its current instance's lexicon since it was built (at most `MAX_LEARNED` + one text's). */
export function learnedWords(): number {
  return current.lexemes.list.length - current.intrinsic
}

let bare: Wink | undefined

/**
 * Bare tokenization and sentence splitting: the floor the bench compares the pipeline against. Made on first use:
 * each instance holds its own copy of the model's lexicon (about 10 MB), and only the bench reads this one.
 */
export function bareNlp(): Wink {
  return (bare ??= winkNLP({ ...model, metaCER: () => metaCER }, ['sbd']))
}
