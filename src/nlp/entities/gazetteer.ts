import { its, nlp } from '../segment/wink.js'
import type { AliasHit, KbView } from './kb-view.js'

interface TrieNode {
  next: Map<string, TrieNode>
  /** Aliases ending at this node, keyed by their exact spelling. */
  aliases?: Map<string, AliasHit[]>
}

/** Every KB alias, tokenized the way wink tokenizes text, in a trie keyed by lower-case token. */
export interface Gazetteer {
  readonly root: TrieNode
  /** Surname → people with that surname ("Hayashi" → person:yoshimasa-hayashi). */
  readonly surnames: Map<string, string[]>
  /** First names of the KB's people, to tell an unknown person from an unknown company. */
  readonly givenNames: Set<string>
}

/** Tokens the way the segmenter produces them, so trie keys line up with document tokens. */
function aliasTokens(alias: string): string[] {
  return nlp
    .readDoc(alias)
    .tokens()
    .out(its.value)
    .map((value) => normalizeToken(value))
}

/** Lower case, with curly quotes and dashes folded so "Japan’s" and "Japan's" meet. */
export function normalizeToken(value: string): string {
  return value
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
}

const BUILT = new WeakMap<KbView, Gazetteer>()

/** The gazetteer of a KB, built on first use and cached. */
export function gazetteerOf(kb: KbView): Gazetteer {
  let gazetteer = BUILT.get(kb)
  if (!gazetteer) BUILT.set(kb, (gazetteer = buildGazetteer(kb)))
  return gazetteer
}

export function buildGazetteer(kb: KbView): Gazetteer {
  const root: TrieNode = { next: new Map() }
  const surnames = new Map<string, string[]>()
  const givenNames = new Set<string>()
  for (const [surface, hits] of kb.aliases()) {
    const tokens = aliasTokens(surface)
    if (tokens.length === 0) continue
    let node = root
    for (const token of tokens) {
      let child = node.next.get(token)
      if (!child) node.next.set(token, (child = { next: new Map() }))
      node = child
    }
    node.aliases ??= new Map()
    node.aliases.set(surface, [...(node.aliases.get(surface) ?? []), ...hits])
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
  return { root, surnames, givenNames }
}

export interface GazetteerMatch {
  /** Index of the first and one past the last token. */
  readonly first: number
  readonly last: number
  readonly surface: string
  readonly hits: AliasHit[]
}

/** True when the text's spelling agrees with the alias: "US" must not match "us"; a leading capital may differ. */
function caseAgrees(text: string, alias: string): boolean {
  if (text === alias) return true
  const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
  // "The European Union" may match "the European Union", but "ban" must not match the surname "Ban"
  const lowered = /^\p{Ll}/u.test(text) && /^\p{Lu}/u.test(alias)
  if (!lowered && lowerFirst(text) === lowerFirst(alias)) return true
  // descriptors ("the alliance") are lower case in the KB and match in any case
  return alias === alias.toLowerCase() && text.toLowerCase() === alias
}

/** Longest alias starting at token `first`, or undefined. `tokenText(i)` gives the normalized token. */
export function matchAt(
  gazetteer: Gazetteer,
  text: string,
  tokens: readonly { start: number; end: number }[],
  first: number,
  limit: number,
): GazetteerMatch | undefined {
  let node: TrieNode | undefined = gazetteer.root
  let best: GazetteerMatch | undefined
  for (let i = first; i < limit && node; i++) {
    const token = tokens[i]
    if (!token) break
    node = node.next.get(normalizeToken(text.slice(token.start, token.end)))
    if (!node?.aliases) continue
    const start = tokens[first]?.start ?? 0
    const surface = text.slice(start, token.end)
    const flat = surface.replace(/\s+/g, ' ').replace(/[’‘]/g, "'")
    const hits: AliasHit[] = []
    for (const [alias, aliasHits] of node.aliases) {
      if (caseAgrees(flat, alias.replace(/[’‘]/g, "'"))) hits.push(...aliasHits)
    }
    if (hits.length) best = { first, last: i + 1, surface, hits }
  }
  return best
}
