/**
 * Ethnic and religious groups coded with the country the text places them in, as event gold codes them: a
 * group has no actor id of its own, so "Iraqi Kurds" act for IRQ, "Kurds in Syria" for SYR, "ethnic Albanians
 * … in Serbia" for SRB and "Tamil rebels" for LKA, the group's home. Where a group lives in several countries
 * and the text names none of them ("Kurds protested"), it stays unlinked: no event is coded for a guess.
 *
 * A country word right before the group ("Iraqi Kurds", "Bosnian Serb forces") already acts for it, so the group
 * is left alone. Otherwise: the nearest country or place of the sentence among the group's countries (any country
 * for a world religion, any but the demonym's own after "ethnic"), where people are rather than where they go
 * ("fled to Bangladesh") or a capital standing for its government ("Ankara presses"); else the group's home. Other
 * sentences of the document are not read: a story about Turkey may speak of Kurds in Syria.
 */
import { withFields } from '../../objects.js'
import type { Doc } from '../../document.js'
import type { DocIndex } from '../segment/index.js'
import type { MentionDraft } from './classify.js'
import { holderOf } from './agents.js'
import { countryOfMention, type KbView } from './kb-view.js'

/** Where a group may live: its countries (empty: anywhere), and what it stands for when the text says nothing. */
interface Placement {
  readonly countries: readonly string[]
  readonly home?: string | undefined
  /** After "ethnic", a demonym's own country is the one the group is not placed in ("ethnic Russians in Estonia"). */
  readonly not?: string | undefined
  /** Where its rebels fight when the text says nothing ("Kurdish rebels": Turkey). */
  readonly insurgency?: string | undefined
  /**
   * Only a place its sentence names moves it ("Albanian rebels near Tetovo"), or else its insurgency ("Kashmiri
   * militants": India); without either it stays as it is.
   */
  readonly placedOnly?: boolean
}

/** Agent sectors of an armed insurgency: "Kurdish rebels", "Baloch separatists". */
const INSURGENT_SECTORS = new Set(['REB', 'SEP'])
/** Agent sectors of an armed body that is no state's: rebels, insurgents, militias and gunmen. */
const ARMED_SECTORS = new Set(['REB', 'SEP', 'INS', 'UAF'])
/** Rebel nouns that name any side's fighters: "Kurdish fighters" fought Islamic State in Syria and Iraq as well. */
const ANY_SIDE = new Set(['fighters', 'fighter'])

/** How sure a group's country is: below a name's, above a weak guess. */
const LOCATED = 0.6

/** Links group mentions to the country where the text places them; other drafts are returned as they are. */
export function locateGroups(doc: Doc, index: DocIndex, drafts: readonly MentionDraft[], kb: KbView): MentionDraft[] {
  if (!kb.ethnicGroup) return [...drafts]
  let located: (string | undefined)[] | undefined
  let named: (string | undefined)[] | undefined
  return drafts.map((draft, k) => {
    const placement = placementOf(doc, index, draft, kb)
    if (!placement) return draft
    // "Iraqi Kurds", "Bosnian Serbs": the country word before the group already acts for it
    if (adjacentCountry(doc, drafts, kb, k)) return draft
    located ??= drafts.map((other) => (isWhere(doc, other) ? countryOfMention(kb, other) : undefined))
    const near = nearestInSentence(index, drafts, located, k, placement)
    const nearest = near?.country
    // "ethnic Armenian troops in Nagorno-Karabakh" in 2020: a body of the group placed in a breakaway region is of
    // the region's de facto authorities, where it is a state's kind of body (its civilians stay the state's)
    const sector = sectorAfter(index, kb, draft)
    const holder = near && sector ? holderOf(kb, drafts[near.k]!, sector, doc.published) : undefined
    if (holder) return withFields(placed(draft, holder), { kind: 'organization' })
    if (placement.placedOnly) {
      const country = nearest ?? placement.insurgency
      return country && country !== draft.entity ? placed(draft, country) : draft
    }
    const country =
      nearest ??
      placement.home ??
      ((named ??= drafts.map((other) => (GOVERNMENT_FORMS.has(other.form) ? undefined : countryOfMention(kb, other)))),
      onlyNamed(index, drafts, named, k, placement)) ??
      (placement.insurgency && insurgentAfter(index, kb, draft) ? placement.insurgency : undefined)
    if (!country || country === placement.not) return draft
    return placed(draft, country)
  })
}

function placed(draft: MentionDraft, country: string): MentionDraft {
  const { unlinked: _unlinked, candidates: _candidates, ...rest } = draft
  return withFields(rest, { entity: country, kind: 'country', confidence: LOCATED })
}

function placementOf(doc: Doc, index: DocIndex, draft: MentionDraft, kb: KbView): Placement | undefined {
  if (draft.form === 'pronoun' || draft.form === 'title' || draft.form === 'description') return undefined
  if (!draft.entity) {
    const group = kb.ethnicGroup?.(draft.text)
    return group ? { countries: group.countries, home: group.home, insurgency: group.insurgency } : undefined
  }
  // "ethnic Albanians", "ethnic Serbs": the people of a country living in another one
  if (draft.form === 'demonym' && /\bethnic\s+$/i.test(doc.text.slice(Math.max(0, draft.start - 8), draft.start)))
    return { countries: [], not: draft.entity }
  // "Albanian rebels near Tetovo": a people's name that is also its state's demonym, before an armed body that is no
  // state's, is the rebels of the country of the people's where its sentence places them (Macedonia's in 2001); a
  // region's people ("Kashmiri militants"), of its insurgency's country where the sentence places them nowhere
  const people = draft.form === 'demonym' ? kb.ethnicGroup?.(draft.text) : undefined
  if (people && people.countries.length > 1 && armedAfter(index, kb, draft)) {
    const insurgency = draft.kind === 'region' ? people.insurgency : undefined
    return { countries: people.countries, placedOnly: true, ...(insurgency ? { insurgency } : {}) }
  }
  return undefined
}

/** The sector of an agent noun of one or two words right after the word: "Albanian rebels", "Armenian forces". */
function sectorAfter(index: DocIndex, kb: KbView, draft: MentionDraft): string | undefined {
  return agentSectorAfter(index, kb, draft, 2) ?? agentSectorAfter(index, kb, draft, 1)
}

/** The sector of the agent noun of n words right after the word, if the KB knows one. */
function agentSectorAfter(index: DocIndex, kb: KbView, draft: MentionDraft, n: number): string | undefined {
  const next = index.tokenBefore(draft.end - 1) + 1
  return kb.agent?.(index.keys.slice(next, next + n).join(' '))?.sector
}

/** True when an armed body that is no state's follows the word: "Albanian rebels", "Albanian guerrillas". */
function armedAfter(index: DocIndex, kb: KbView, draft: MentionDraft): boolean {
  return ARMED_SECTORS.has(sectorAfter(index, kb, draft) ?? '')
}

/** True when a rebel or separatist noun follows the group's word: "Kurdish rebels", "Kurdish separatist guerrillas". */
function insurgentAfter(index: DocIndex, kb: KbView, draft: MentionDraft): boolean {
  if (ANY_SIDE.has(index.keys[index.tokenBefore(draft.end - 1) + 1] ?? '')) return false
  return [1, 2].some((n) => INSURGENT_SECTORS.has(agentSectorAfter(index, kb, draft, n) ?? ''))
}

/** Words before a place that make it where someone goes, not where they are ("fled to Bangladesh"). */
const TOWARD = /\b(?:to|into|towards?)\s+(?:the\s+)?$/i

/**
 * True for a place the text puts people in: a country's or place's name ("in Syria", "Kirkuk"), not a demonym
 * ("met Israeli officials" names the other side) nor a destination.
 */
function isWhere(doc: Doc, draft: MentionDraft): boolean {
  if (draft.type !== 'LOCATION' || draft.form === 'demonym') return false
  const before = doc.text.slice(Math.max(0, draft.start - 16), draft.start)
  // a capital standing for its government ("Ankara presses for…") places no one, unless it is a place ("in Ankara")
  if (draft.form === 'capital' && !AT.test(before)) return false
  // "near the Thai border", "along the border with Thailand": a border's other side is not where people are
  if (BORDER_AFTER.test(doc.text.slice(draft.end, draft.end + 12)) || BORDER_WITH.test(before)) return false
  return !TOWARD.test(before)
}

/** A border named after a place, or before it: the place is the border's other side. */
const BORDER_AFTER = /^\s+(?:border|frontier)s?\b/i
const BORDER_WITH = /\b(?:border|frontier)\s+with\s+$/i

/** Words before a capital that make it a place. */
const AT = /\b(?:in|at|near|outside|around)\s+$/i

/** "Iraqi Kurds", "Syrian Kurdish fighters": a country word ending just before the group. */
function adjacentCountry(doc: Doc, drafts: readonly MentionDraft[], kb: KbView, k: number): string | undefined {
  const before = drafts[k - 1]
  const country = before && countryOfMention(kb, before)
  if (!before || !country || before.kind !== 'country') return undefined
  return /^[\s-]+$/.test(doc.text.slice(before.end, drafts[k]!.start)) ? country : undefined
}

/** A capital or metonym acting ("Ankara presses for…") is a government: it says nothing of where a group is. */
const GOVERNMENT_FORMS = new Set(['capital', 'metonym'])

/**
 * A group with no home that the sentence places nowhere ("Pashtun tribesmen attacked Afghan police") is in the one
 * of its countries the sentence names by name or demonym; with none or several of them named, it stays unlinked.
 */
function onlyNamed(
  index: DocIndex,
  drafts: readonly MentionDraft[],
  named: readonly (string | undefined)[],
  k: number,
  placement: Placement,
): string | undefined {
  const sentence = index.sentences[index.sentenceContaining(drafts[k]!.start)]
  if (!sentence || placement.countries.length === 0) return undefined
  const countries = new Set<string>()
  drafts.forEach((other, j) => {
    const country = named[j]
    if (country && other.start >= sentence.start && other.end <= sentence.end && fits(country, placement))
      countries.add(country)
  })
  return countries.size === 1 ? [...countries][0] : undefined
}

function fits(country: string, placement: Placement): boolean {
  if (country === placement.not) return false
  return placement.countries.length === 0 || placement.countries.includes(country)
}

function nearestInSentence(
  index: DocIndex,
  drafts: readonly MentionDraft[],
  located: readonly (string | undefined)[],
  k: number,
  placement: Placement,
): { country: string; k: number } | undefined {
  const draft = drafts[k]!
  const sentence = index.sentences[index.sentenceContaining(draft.start)]
  if (!sentence) return undefined
  let best: { country: string; k: number; distance: number } | undefined
  drafts.forEach((other, j) => {
    const country = located[j]
    if (j === k || !country || other.start < sentence.start || other.end > sentence.end || !fits(country, placement))
      return
    const distance = Math.abs(other.start - draft.start)
    if (!best || distance < best.distance) best = { country, k: j, distance }
  })
  return best
}
