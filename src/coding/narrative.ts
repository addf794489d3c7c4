import type { EventDraft } from './draft.js'
import { type DocView } from '../nlp/syntax/index.js'

/** How many sentences back an undated event looks for the date of the narrative it continues. */
const LOOK_BACK = 5

/** Index of the zone (paragraph or headline) each sentence is in. */
function paragraphs(view: DocView): number[] {
  const { zones, sentences } = view.doc
  let z = 0
  return sentences.map((sentence) => {
    while (z + 1 < zones.length && (zones[z]?.end ?? 0) <= sentence.start) z++
    return z
  })
}

function inHeadline(view: DocView, draft: EventDraft, paragraph: readonly number[]): boolean {
  return view.doc.zones[paragraph[draft.sentence] ?? -1]?.kind === 'headline'
}

function actors(draft: EventDraft): string[] {
  return [draft.source?.ref.entity, draft.target?.ref.entity].filter((x): x is string => !!x)
}

/**
 * An event with no date of its own continues the narrative of the nearest earlier dated event: one in the same
 * paragraph, or one in an earlier sentence (within a few) that shares an actor with it. Nominal events, events
 * dated by an offset ("a day after Finland became a member") and headline events set no date for others, and the
 * publication date is never used. A reaction ("Moscow condemned the move") takes the date of what it reacts to.
 *
 * News tells its story from a dated lead ("MOSCOW — Putin said on Tuesday that …") and fills in background
 * ("Russia barred US inspectors in August last year"). A later paragraph's event that finds no anchor in its own
 * paragraph continues the story, not the background: it takes the lead's date when it shares an actor with the
 * story, and an earlier background date from another paragraph is never carried over. Nominal events ("Russia's
 * invasion of Ukraine"), events in the past perfect ("had demanded") and events of a time clause ("months after
 * Russia invaded") or in a sentence that writes a time the coder could not use are background, not the story.
 */
export function inheritDates(view: DocView, drafts: readonly EventDraft[]): void {
  const paragraph = paragraphs(view)
  const lead = leadOf(view)
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i]
    if (!draft || draft.date || draft.dateAfter || inHeadline(view, draft, paragraph)) continue
    // "condemned Russia's invasion of Ukraine": a named event keeps no date the narrative does not give it
    // "… months after Russia invaded Ukraine": the event of a time clause dates the main clause, not the reverse
    if (draft.noun || timeClause(view, draft)) continue
    if (draft.follows?.date) {
      draft.date = draft.follows.date
      continue
    }
    const own = new Set(actors(draft))
    for (let j = i - 1; j >= 0; j--) {
      const anchor = drafts[j]
      if (!anchor || draft.sentence - anchor.sentence > LOOK_BACK) break
      if (!anchor.date || anchor.noun || anchor.shifted || inHeadline(view, anchor, paragraph)) continue
      // what the text states as done did not happen after it was published: "the six countries will become
      // members from January 1, 2024 … Modi welcomed the new members" is not dated 2024
      if (draft.modality !== 'intent' && draft.modality !== 'hypothetical' && afterPublication(view, anchor.date.value))
        continue
      const sameParagraph = paragraph[anchor.sentence] === paragraph[draft.sentence]
      if (!sameParagraph && !actors(anchor).some((a) => own.has(a))) continue
      if (!sameParagraph && lead && anchor.date.value < lead.date.value && !pastPerfect(view, draft)) continue
      draft.date = anchor.date
      break
    }
    if (
      !draft.date &&
      lead &&
      paragraph[draft.sentence] !== lead.paragraph &&
      lead.actors.some((a) => own.has(a)) &&
      !pastPerfect(view, draft) &&
      !timed(view, draft)
    )
      draft.date = lead.date
  }
}

/** "had demanded", "had already agreed": the event is told as background to the story. */
function pastPerfect(view: DocView, draft: EventDraft): boolean {
  for (let i = draft.head - 1; i >= Math.max(0, draft.head - 3); i--) {
    const token = view.tokens[i]
    if (view.words.PAST_PERFECT_AUXILIARIES.has(token?.norm ?? '')) return true
    if (token?.pos !== 'ADV') return false
  }
  return false
}

/** "months after Russia invaded Ukraine": the event of a time clause dates something else, not the story. */
function timeClause(view: DocView, draft: EventDraft): boolean {
  const first = view.sentenceTokens[draft.sentence]?.[0] ?? 0
  for (let i = draft.head - 1; i >= Math.max(first, draft.head - 8); i--) {
    const norm = view.tokens[i]?.norm ?? ''
    if (view.words.TIME_CLAUSE_WORDS.has(norm)) return true
    if (norm === ',' || norm === ';') return false
  }
  return false
}

/** Whether the draft's sentence writes a time expression of any kind. */
function timed(view: DocView, draft: EventDraft): boolean {
  const sentence = view.doc.sentences[draft.sentence]
  return !!sentence && view.doc.times.some((t) => t.start >= sentence.start && t.end <= sentence.end)
}

/**
 * The story's date: the first time in the first body paragraph that names a day (not after publication), with the
 * actors that paragraph names. None when the lead writes no day.
 */
function leadOf(
  view: DocView,
): { date: NonNullable<EventDraft['date']>; paragraph: number; actors: string[] } | undefined {
  const { zones, times } = view.doc
  const first = zones.findIndex((zone) => zone.kind === 'body')
  const zone = zones[first]
  if (!zone) return undefined
  const time = times.find(
    (t) =>
      t.start >= zone.start &&
      t.end <= zone.end &&
      t.type === 'DATE' &&
      t.precision === 'day' &&
      t.value !== undefined &&
      !afterPublication(view, t.value),
  )
  if (!time?.value) return undefined
  const actors = new Set<string>()
  for (const span of view.actorStart.values()) {
    const start = view.tokens[span.first]?.start ?? -1
    if (start >= zone.start && start < zone.end) actors.add(span.ref.entity)
  }
  return { date: { value: time.value, precision: 'day' }, paragraph: first, actors: [...actors] }
}

/**
 * Whether a dated value (a year, month or day) begins after the publication day; false when the article has no
 * date or the value is of another form (a week, a quarter), which compares otherwise.
 */
function afterPublication(view: DocView, value: string): boolean {
  const published = view.doc.published?.slice(0, 10)
  return published !== undefined && CALENDAR_VALUE.test(value) && value.slice(0, 10) > published
}

const CALENDAR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:T|$)/

function keyOf(draft: EventDraft): string {
  return `${draft.source?.ref.entity ?? '-'}|${draft.target?.ref.entity ?? '-'}|${draft.code}|${draft.negated}`
}

/**
 * One event per source, target, code and polarity in a document: a headline repeats the body, and a story
 * retells its main event. The body telling is kept (its evidence is fuller), with any date a retelling adds.
 */
export function dedupe(view: DocView, drafts: readonly EventDraft[]): EventDraft[] {
  const paragraph = paragraphs(view)
  const kept = new Map<string, EventDraft>()
  for (const draft of drafts) {
    const key = keyOf(draft)
    const first = kept.get(key)
    if (!first) {
      kept.set(key, draft)
      continue
    }
    const keep = inHeadline(view, first, paragraph) && !inHeadline(view, draft, paragraph) ? draft : first
    const other = keep === first ? draft : first
    if (!keep.date && !keep.dateAfter) {
      if (other.date) keep.date = other.date
      if (other.dateAfter) keep.dateAfter = other.dateAfter
    }
    kept.set(key, keep)
  }
  const survivors = new Set(kept.values())
  return drafts.filter((d) => survivors.has(d))
}
