import { type DocIndex, foldForWink, its, nlp, normalizeToken } from '../segment/index.js'
import type { AliasHit, KbView } from './kb-view.js'

/**
 * One node of the trie. Every worker thread holds a gazetteer of some 28,000 nodes, two thirds of them leaves: a leaf
 * has no map of children, and the aliases ending here are kept once, as matched, not also in the map that built them.
 */
interface TrieNode {
  next: Map<string, TrieNode> | undefined
  /** The aliases ending at this node with curly quotes folded, as `longestAliasAt` compares them, with their hits. */
  flat: [alias: string, hits: readonly AliasHit[]][] | undefined
}
/** Every KB alias, tokenized the way wink tokenizes text, in a trie keyed by lower-case token. */
export interface Gazetteer {
  readonly root: TrieNode
  /** Surname → people with that surname ("Hayashi" → person:yoshimasa-hayashi). */
  readonly surnames: Map<string, string[]>
  /** First names of the KB's people, to tell an unknown person from an unknown company. */
  readonly givenNames: Set<string>
}

/** ASCII words and single spaces: wink splits these at the spaces and nowhere else (checked over the whole KB). */
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/**
 * Tokens the way the segmenter produces them, so trie keys line up with document tokens. Most aliases (the
 * gazetteer's 13,000 towns) are plain words, split here without running the tokenizer, which would double the
 * time the gazetteer takes to build.
 */
function aliasTokens(alias: string): string[] {
  if (PLAIN_WORDS.test(alias)) return alias.toLowerCase().split(' ')
  // as the segmenter does, wink reads the alias with extended Latin letters written plain, and each token's text
  // is taken from the alias as written, at the same offsets
  const folded = foldForWink(alias)
  const values = nlp.readDoc(folded).tokens().out(its.value)
  if (folded === alias) return values.map((value) => normalizeToken(value))
  let cursor = 0
  return values.map((value) => {
    const at = folded.indexOf(value, cursor)
    if (at < 0) return normalizeToken(value)
    cursor = at + value.length
    return normalizeToken(alias.slice(at, cursor))
  })
}

const BUILT = new WeakMap<KbView, Gazetteer>()

/** The gazetteer of a KB, built on first use and cached. */
export function gazetteerOf(kb: KbView): Gazetteer {
  let gazetteer = BUILT.get(kb)
  if (!gazetteer) BUILT.set(kb, (gazetteer = buildGazetteer(kb)))
  return gazetteer
}

export function buildGazetteer(kb: KbView): Gazetteer {
  const root: TrieNode = { next: undefined, flat: undefined }
  const surnames = new Map<string, string[]>()
  const givenNames = new Set<string>()
  // aliases ending at each node, keyed by their exact spelling: folded into the nodes' `flat` lists at the end
  const ending = new Map<TrieNode, Map<string, readonly AliasHit[]>>()
  for (const [surface, hits] of withPlainSpelling(withoutArticle(kb.aliases()))) {
    const tokens = aliasTokens(surface)
    if (tokens.length === 0) continue
    let node = root
    for (const token of tokens) {
      node.next ??= new Map()
      let child = node.next.get(token)
      if (!child) node.next.set(token, (child = { next: undefined, flat: undefined }))
      node = child
    }
    let aliases = ending.get(node)
    if (!aliases) ending.set(node, (aliases = new Map()))
    // the KB's own list of hits when the spelling comes once (most do): a copy of each held ~4 MB in every pipeline
    const had = aliases.get(surface)
    aliases.set(surface, had ? [...had, ...hits] : hits)
    for (const hit of hits) {
      if (hit.kind !== 'person' || hit.form !== 'name') continue
      const words = surface.split(/\s+/)
      if (words.length > 1 && words[0]) givenNames.add(words[0])
      const last = words.at(-1)
      if (!last || last.length < 3 || last === surface) continue
      const ids = surnames.get(last) ?? []
      if (!ids.includes(hit.entity)) surnames.set(last, [...ids, hit.entity])
    }
  }
  // each node's list once, so that matching compares aliases without rewriting them every time
  for (const [node, aliases] of ending)
    node.flat = [...aliases].map(([alias, hits]) => [alias.replace(/[’‘]/g, "'"), hits])
  return { root, surnames, givenNames }
}

const ARTICLE_NAME = /^the (\p{Lu}.*)$/u

type AliasEntry = [string, readonly AliasHit[]]

/** Every alias, then each other spelling `variant` gives of one that is no alias itself and keeps some hits. */
function* withVariants(
  aliases: Iterable<AliasEntry>,
  variant: (surface: string, hits: readonly AliasHit[]) => AliasEntry | undefined,
): Iterable<AliasEntry> {
  const seen = new Set<string>()
  const more: AliasEntry[] = []
  for (const [surface, hits] of aliases) {
    seen.add(surface)
    yield [surface, hits]
    const other = variant(surface, hits)
    if (other) more.push(other)
  }
  for (const [surface, hits] of more) if (!seen.has(surface) && hits.length) yield [surface, hits]
}

/**
 * Every alias, plus a name the KB writes with "the" also without it, as it stands before a noun: "the Kremlin"
 * → "Kremlin spokesman", "the United States" → "United States forces". Lower-case descriptors keep their "the".
 */
function withoutArticle(aliases: Iterable<AliasEntry>): Iterable<AliasEntry> {
  return withVariants(aliases, (surface, hits) => {
    const name = ARTICLE_NAME.exec(surface)?.[1]
    return name ? [name, hits.filter((hit) => hit.form !== 'description')] : undefined
  })
}

const MARKS = /\p{M}/gu
const NON_ASCII = /[^\p{ASCII}]/u

/**
 * Every alias, plus one written with diacritics also without them, as English-language news often writes it:
 * "Bogotá" → "Bogota", "Chișinău" → "Chisinau" (the alias table already reads both alike; the trie is keyed by
 * the tokens as written).
 */
function withPlainSpelling(aliases: Iterable<AliasEntry>): Iterable<AliasEntry> {
  return withVariants(aliases, (surface, hits) => {
    if (!NON_ASCII.test(surface)) return undefined
    const folded = surface.normalize('NFD').replace(MARKS, '')
    return folded !== surface ? [folded, hits] : undefined
  })
}

export interface GazetteerMatch {
  /** Index of the first and one past the last token. */
  readonly first: number
  readonly last: number
  readonly surface: string
  readonly hits: AliasHit[]
}

const LOWER_START = /^\p{Ll}/u
const UPPER_START = /^\p{Lu}/u
const SPACES = /\s+/g
const CURLY_QUOTES = /[’‘]/g

/** True when the text's spelling agrees with the alias: "US" must not match "us"; a leading capital may differ. */
function caseAgrees(text: string, alias: string): boolean {
  if (text === alias) return true
  const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
  // "The European Union" may match "the European Union", but "ban" must not match the surname "Ban"
  const lowered = LOWER_START.test(text) && UPPER_START.test(alias)
  if (!lowered && lowerFirst(text) === lowerFirst(alias)) return true
  // descriptors ("the alliance") are lower case in the KB and match in any case
  return alias === alias.toLowerCase() && text.toLowerCase() === alias
}

/**
 * Whether a surface is already as `longestAliasAt` compares it: no white space but single plain spaces, and no curly
 * quote (most names: "Saudi Arabia"). Speed: the two replacements by regular expressions cost more than the rest of
 * a match, and they would change nothing.
 */
export function isFlat(surface: string): boolean {
  for (let k = 0; k < surface.length; k++) {
    const code = surface.charCodeAt(k)
    if (code === 32) {
      if (k + 1 < surface.length && isSpace(surface.charCodeAt(k + 1))) return false
    } else if (code === 0x2018 || code === 0x2019 || isSpace(code)) return false
  }
  return true
}

/** What `\s` matches, by code: ASCII white space, no-break and Unicode spaces, line separators, the BOM. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Longest alias starting at token `first` and ending by token `limit`, or undefined (keys: the index's `keys`). */
export function longestAliasAt(
  gazetteer: Gazetteer,
  index: DocIndex,
  first: number,
  limit: number,
): GazetteerMatch | undefined {
  const { text, tokens, keys } = index
  let node: TrieNode | undefined = gazetteer.root
  let best: GazetteerMatch | undefined
  for (let i = first; i < limit && node; i++) {
    const token = tokens[i]
    if (!token) break
    node = node.next?.get(keys[i]!)
    if (!node?.flat) continue
    const start = tokens[first]?.start ?? 0
    const surface = text.slice(start, token.end)
    const flat = isFlat(surface) ? surface : surface.replace(SPACES, ' ').replace(CURLY_QUOTES, "'")
    let hits: AliasHit[] | undefined
    for (const [alias, aliasHits] of node.flat) {
      if (caseAgrees(flat, alias)) (hits ??= []).push(...aliasHits)
    }
    if (hits) best = { first, last: i + 1, surface, hits }
  }
  return best
}
