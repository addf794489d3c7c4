/**
 * Converts a TABARI/PETRARCH verb dictionary into our dictionary format 2 (data/coding/dictionary/README.md):
 * synonym sets become lexicon classes (PETR_NAME), each verb block's code the default of its verbs, and each pattern
 * one entry whose head is any verb of its block. What our pattern language cannot say is reported, by reason, with
 * examples: words before the verb (PETRARCH's subject constraints), compound actors, null-coded (blocking) patterns,
 * reverse-direction codes, transformations, codes outside the CAMEO table.
 */
import { Tally, type ImportIssue } from '../import-tally.js'
import { compilePattern, type VerbEntry } from './dictionary.js'
import { lexiconOf } from '../nlp/syntax/index.js'
import type { PetrarchBlock, PetrarchPattern, PetrarchVerbDictionary } from './petrarch-verbs.js'

export interface PetrarchImport {
  /** Entries in source order; each goes in the file of its code's root. */
  readonly entries: readonly VerbEntry[]
  /** Lexicon classes made from the synonym sets the entries use. */
  readonly classes: Readonly<Record<string, readonly string[]>>
  readonly read: { synsets: number; blocks: number; verbs: number; patterns: number; transformations: number }
  /** Parts not converted, by reason. */
  readonly skipped: ReadonlyMap<string, ImportIssue>
  /** Parts converted with a loss, by what was lost. */
  readonly approximated: ReadonlyMap<string, ImportIssue>
}

const WORD = /^[a-z'’-]+$/

/** The class name a synonym set becomes: "&CURRENCY" → PETR_CURRENCY. */
export function className(synset: string): string {
  return `PETR_${synset
    .replace(/_+$/, '')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toUpperCase()}`
}

/** Synonym sets as lexicon classes: single words lower-cased, members that are sets themselves expanded. */
function classesOf(source: PetrarchVerbDictionary, skipped: Tally): Map<string, string[]> {
  const classes = new Map<string, string[]>()
  const expand = (name: string, seen: Set<string>): string[] => {
    const synset = source.synsets.get(name)
    if (!synset || seen.has(name)) return []
    seen.add(name)
    const words: string[] = []
    for (const member of synset.members) {
      if (member.startsWith('&')) {
        words.push(...expand(member.slice(1).split(/\s+/)[0]!, seen))
        continue
      }
      const parts = member
        .replace(/_+$/, '')
        .split(/[\s_]+/)
        .filter(Boolean)
      const word = parts[0]?.toLowerCase() ?? ''
      if (parts.length === 1 && WORD.test(word)) words.push(word)
      else
        skipped.add(
          parts.length > 1 ? 'synset member of several words (a class holds single words)' : 'synset member not a word',
          `line ${synset.line}: &${name} +${member}`,
        )
    }
    return words
  }
  for (const name of source.synsets.keys()) classes.set(className(name), [...new Set(expand(name, new Set()))])
  return classes
}

/** A verb of a block as a head word and the words after it ("+SET_UP" → set, [up]), or why it cannot be one. */
function verbWords(text: string): { head: string; rest: string[] } | string {
  const parts = text.split('_').filter(Boolean)
  const at = Math.max(
    0,
    parts.findIndex((part) => part.startsWith('+')),
  )
  if (at > 0) return 'multi-word verb with words before the verb'
  const [head = '', ...rest] = parts.map((part) => part.replace(/^\+/, '').toLowerCase())
  if (![head, ...rest].every((word) => WORD.test(word))) return 'verb not a word'
  return { head, rest }
}

/** The elements after the verb, in our syntax, or why they cannot be written. */
function patternTail(pattern: PetrarchPattern, classes: Map<string, string[]>, lossy: Tally): string[] | string {
  if (pattern.before.length) return 'words before the verb (subject constraints)'
  const out: string[] = []
  for (const raw of pattern.after.flatMap((token) => token.split('_'))) {
    // parentheses mark a prepositional phrase and braces a noun phrase: the words stay, in order
    const token = raw.replace(/[(){}]/g, '')
    if (token === '') continue
    if (token === '+') out.push('$TARGET')
    else if (token === '$') out.push('$SOURCE')
    else if (token === '%') return 'compound actor (%)'
    else if (token === '^')
      lossy.add(
        'skip marker (^) dropped: our matcher skips up to four words anyway',
        `line ${pattern.line}: ${pattern.text}`,
      )
    else if (token.startsWith('&')) {
      const name = className(token.slice(1))
      const words = classes.get(name)
      if (!words) return 'synset not defined'
      if (!words.length) return 'synset with no single-word member'
      out.push(`&${name}`)
    } else {
      // "TO/FOR": either preposition
      const words = token.toLowerCase().split('/')
      if (!words.every((word) => WORD.test(word))) return 'word our pattern language cannot read (digits, dots)'
      out.push(words.join('|'))
    }
  }
  if (!out.includes('$TARGET')) out.push('$TARGET?')
  return out
}

type Coded = { readonly code: string } | { readonly reason: string }

/** The CAMEO code of a pattern, or why it has none we can use ("---" blocks, "[:110]" reverse only). */
function codeOf(raw: string, known: (code: string) => boolean, lossy: Tally, example: string): Coded {
  if (raw === '---' || raw === '') return { reason: 'null code (a pattern that blocks coding)' }
  const [forward = '', reverse = ''] = raw.split(':')
  if (forward === '' || forward === '---') return { reason: 'reverse-direction code only ([:code])' }
  if (!known(forward)) return { reason: 'code not in the CAMEO table' }
  if (reverse !== '') lossy.add('reverse-direction code dropped ([code:code]): the forward code kept', example)
  return { code: forward }
}

/** Converts a read PETRARCH dictionary; `known` says which codes the CAMEO table has. */
export function convertPetrarch(
  source: PetrarchVerbDictionary,
  known: (code: string) => boolean,
  file = 'dictionary',
): PetrarchImport {
  const skipped = new Tally()
  const lossy = new Tally()
  const classes = classesOf(source, skipped)
  const lexicon = lexiconOf(Object.fromEntries(classes))
  const entries: VerbEntry[] = []
  const patterns = new Set<string>()
  const defaulted = new Set<string>()
  const add = (pattern: string, code: string, line: number, text: string, isDefault = false) => {
    if (patterns.has(pattern)) return skipped.add('duplicate pattern', `line ${line}: ${text}`)
    try {
      compilePattern(pattern, lexicon)
    } catch (error) {
      return skipped.add('pattern our language cannot read', `line ${line}: ${(error as Error).message}`)
    }
    patterns.add(pattern)
    entries.push({
      pattern,
      code,
      ...(isDefault ? { default: true } : {}),
      example: `(imported from ${file} line ${line})`,
      expect: { code },
      note: text,
    })
  }
  for (const block of source.blocks) convertBlock(block, { add, classes, known, skipped, lossy, defaulted })
  for (const t of source.transformations)
    skipped.add('transformation (governing construction)', `line ${t.line}: ${t.text}`)
  for (const u of source.unread) skipped.add('line of no known kind', `line ${u.line}: ${u.text}`)
  const used = new Set(entries.flatMap((e) => [...e.pattern.matchAll(/&([A-Z0-9_]+)/g)].map((m) => m[1]!)))
  return {
    entries,
    classes: Object.fromEntries([...classes].filter(([name]) => used.has(name))),
    read: {
      synsets: source.synsets.size,
      blocks: source.blocks.length,
      verbs: source.blocks.reduce((n, b) => n + b.verbs.length, 0),
      patterns: source.blocks.reduce((n, b) => n + b.patterns.length, 0),
      transformations: source.transformations.length,
    },
    skipped: skipped.issues,
    approximated: lossy.issues,
  }
}

interface BlockContext {
  add(pattern: string, code: string, line: number, text: string, isDefault?: boolean): void
  readonly classes: Map<string, string[]>
  readonly known: (code: string) => boolean
  readonly skipped: Tally
  readonly lossy: Tally
  /** Head words that have a default already: one default per head. */
  readonly defaulted: Set<string>
}

function convertBlock(block: PetrarchBlock, context: BlockContext): void {
  const { add, classes, known, skipped, lossy, defaulted } = context
  const single: string[] = []
  const compound: { head: string; rest: string[] }[] = []
  // bare verbs: the block's code, or the verb's own, is the head's default
  const defaults = new Map<string, { words: string[]; line: number; text: string }>()
  for (const verb of block.verbs) {
    const words = verbWords(verb.text)
    if (typeof words === 'string') {
      skipped.add(words, `line ${verb.line}: ${verb.text}`)
      continue
    }
    if (words.rest.length) compound.push(words)
    else single.push(words.head)
    const raw = verb.code ?? block.code
    if (raw === '---') continue
    const coded = codeOf(raw, known, lossy, `line ${verb.line}: ${verb.text}`)
    if ('reason' in coded) {
      skipped.add(`verb code: ${coded.reason}`, `line ${verb.line}: ${verb.text} [${raw}]`)
      continue
    }
    const { code } = coded
    if (words.rest.length) {
      add([words.head, ...words.rest, '$TARGET?'].join(' '), code, verb.line, verb.text)
    } else if (defaulted.has(words.head)) {
      skipped.add('second default for a head word (it is in two blocks)', `line ${verb.line}: ${verb.text}`)
    } else {
      defaulted.add(words.head)
      const group = defaults.get(code) ?? { words: [], line: verb.line, text: verb.text }
      group.words.push(words.head)
      defaults.set(code, group)
    }
  }
  for (const [code, group] of defaults) add(`${group.words.join('|')} $TARGET?`, code, group.line, group.text, true)
  const heads = [...new Set(single)]
  for (const pattern of block.patterns) {
    const example = `line ${pattern.line}: ${pattern.text}`
    const tail = patternTail(pattern, classes, lossy)
    if (typeof tail === 'string') {
      skipped.add(tail, example)
      continue
    }
    const coded = codeOf(pattern.code, known, lossy, example)
    if ('reason' in coded) {
      skipped.add(coded.reason, example)
      continue
    }
    const { code } = coded
    if (heads.length) add([heads.join('|'), ...tail].join(' '), code, pattern.line, pattern.text)
    for (const verb of compound) add([verb.head, ...verb.rest, ...tail].join(' '), code, pattern.line, pattern.text)
    if (!heads.length && !compound.length) skipped.add('pattern of a block with no usable verb', example)
  }
}
