import type { ActorSpan, DocView } from '../nlp/syntax/index.js'
import { timeIn } from './clause-time.js'
import { learned, type FactDraft } from './draft.js'

const ADMITTED_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being'])
const MANNER = new Set(['formally', 'officially', 'finally', 'also', 'unanimously'])

/**
 * "Sweden was admitted to NATO on Thursday", "the UN admitted South Sudan in 2011", and, when the sentence or the
 * context names a single organization, "Finland was admitted last April": member_of from the clause's date.
 */
export function admittedMembers(view: DocView): FactDraft[] {
  const facts: FactDraft[] = []
  const { tokens } = view
  for (let i = 0; i < tokens.length; i++) {
    if (!(view.forms[i] ?? []).includes('admit') || tokens[i]?.pos === 'NOUN') continue
    const sentence = tokens[i]!.sentence
    const [first, end] = view.sentenceTokens[sentence] ?? [0, tokens.length]
    let before = i - 1
    while (before > first && MANNER.has(tokens[before]?.norm ?? '')) before--
    let member: ActorSpan | undefined
    let group: ActorSpan | undefined
    let after = i + 1
    if (ADMITTED_AUX.has(tokens[before]?.norm ?? '')) {
      // passive: the member is the subject, the organization follows "to" or "into", or the context names it
      let s = before - 1
      while (s > first && (tokens[s]?.norm === 'has' || tokens[s]?.norm === 'had' || tokens[s]?.norm === 'have')) s--
      member = view.actorEnd.get(s) ?? view.actorEnd.get(before - 1)
      const to = tokens[after]?.norm
      if (to === 'to' || to === 'into') {
        after++
        if (tokens[after]?.norm === 'the') after++
        group = view.actorStart.get(after)
      } else group = soleOrganization(view, sentence)
    } else {
      group = view.actorEnd.get(before)
      member = view.actorStart.get(after)
    }
    if (!member || !group || member.mention.kind !== 'country' || group.mention.kind !== 'organization') continue
    if (view.tokens[i - 1]?.norm === 'not' || view.tokens[i - 1]?.norm === "n't") continue
    // the evidence is the sentence that states the fact, and the one before when the organization is named there;
    // an organization found in the paragraph or the headline is not quoted (the span would run across paragraphs)
    const near = (tokens[group.first]?.sentence ?? -1) >= sentence - 1
    const from = near ? Math.min(member.first, group.first, i) : Math.min(member.first, i)
    const span = { start: tokens[from]?.start ?? 0, end: tokens[i]?.end ?? 0 }
    const date = timeIn(view, i + 1, end, (t) => t.type === 'DATE' && t.precision !== 'reference')
    facts.push(
      learned('member_of', member.ref.entity, group.ref.entity, span, {
        ...(date ? { start: date } : {}),
        confidence: 0.7,
      }),
    )
  }
  return facts
}

/**
 * The organization the context names: the nearest of this sentence, the one before, the paragraph and the headline
 * that names any, when it names exactly one ("Sweden joins NATO … Finland was admitted last April").
 */
function soleOrganization(view: DocView, sentence: number): ActorSpan | undefined {
  const { sentences, zones } = view.doc
  const at = sentences[sentence]?.start ?? 0
  const paragraph = zones.find((zone) => zone.start <= at && at < zone.end)
  const headline = zones.find((zone) => zone.kind === 'headline')
  const scopes = [sentences[sentence], sentences[sentence - 1], paragraph, headline]
  for (const scope of scopes) {
    if (!scope) continue
    const found = new Map<string, ActorSpan>()
    for (const span of view.actorStart.values()) {
      const start = view.tokens[span.first]?.start ?? -1
      if (start >= scope.start && start < scope.end && span.mention.kind === 'organization')
        found.set(span.ref.entity, span)
    }
    if (found.size > 0) return found.size === 1 ? [...found.values()][0] : undefined
  }
  return undefined
}
