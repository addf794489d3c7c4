/**
 * The country a story is about, for agents it names with no owner ("the military", "the ruling party", "police"):
 * the country of its dateline ("HANOI (Reuters) -"), else the one country it names, or names far more than any
 * other. When no country stands out the story has none, and such agents stay unlinked.
 */
import type { Zone } from '../../document.js'
import type { MentionDraft } from './classify.js'
import { countryOfMention, type KbView } from './kb-view.js'

/** "HANOI -", "HANOI, Jan 20 (Reuters) -", "NEW DELHI (AP) —": a place in capitals opening the body, then a dash. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}.'’ -]*\p{Lu})\s*(?:,[^\n,()–—-]{1,30})?(?:\s*\([^)\n]{1,40}\))?\s*[-–—]/u

/** A country named this many times more than any other is the story's. */
const STANDS_OUT = 3

export function storyCountry(
  text: string,
  zones: readonly Zone[],
  kb: KbView,
  drafts: readonly MentionDraft[],
): string | undefined {
  return datelineCountry(text, zones, kb) ?? mostNamed(kb, drafts)
}

/** The country of the place in capitals that opens the first body zone, when the KB places it in one only. */
function datelineCountry(text: string, zones: readonly Zone[], kb: KbView): string | undefined {
  const body = zones.find((zone) => zone.kind === 'body')
  if (!body || !kb.lookup) return undefined
  const place = DATELINE.exec(text.slice(body.start, Math.min(body.end, body.start + 80)))?.[1]
  if (!place) return undefined
  const countries = new Set(
    kb.lookup(place).map((hit) => (hit.kind === 'country' ? hit.entity : kb.entity(hit.entity)?.country)),
  )
  const [only, ...more] = countries
  return more.length === 0 ? only : undefined
}

/** The one country the mentions name (through places and office holders too), or one named far more than the next. */
function mostNamed(kb: KbView, drafts: readonly MentionDraft[]): string | undefined {
  const counts = new Map<string, number>()
  for (const draft of drafts) {
    const country = countryOfMention(kb, draft) ?? draft.role?.of
    if (country && kb.entity(country)?.kind === 'country') counts.set(country, (counts.get(country) ?? 0) + 1)
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1])
  if (!first) return undefined
  return !second || first[1] >= STANDS_OUT * second[1] ? first[0] : undefined
}
