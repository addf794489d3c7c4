import { type ActorSpan, type DocView } from '../nlp/syntax/index.js'

const LOOK_BACK_SENTENCES = 4

function isMeetingNoun(view: DocView, i: number): boolean {
  return view.tokens[i]?.pos === 'NOUN' && (view.forms[i] ?? []).some((form) => view.words.MEETING_NOUNS.has(form))
}

/** The organization named right before or after a meeting noun: "the ASEAN defence ministers' meeting". */
function hostAt(view: DocView, i: number): ActorSpan | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const span = view.actorEnd.get(j)
    if (span && span.mention.kind === 'organization') return span
  }
  if (view.words.GENITIVE_PREPOSITIONS.has(view.tokens[i + 1]?.norm ?? '')) {
    const span = view.actorStart.get(i + 2) ?? view.actorStart.get(i + 3)
    if (span?.mention.kind === 'organization') return span
  }
  return undefined
}

/**
 * "took part in the session": a definite meeting noun in a consultation refers back to a meeting introduced
 * earlier; its host organization is the target.
 */
export function meetingHost(view: DocView, head: number, last: number, firstSentence: number): ActorSpan | undefined {
  let noun: number | undefined
  for (let i = head + 1; i <= last + 2; i++) if (isMeetingNoun(view, i)) noun = i
  if (noun === undefined || !view.words.DEFINITE_ARTICLES.has(view.tokens[noun - 1]?.norm ?? '')) return undefined
  const sentence = view.tokens[head]?.sentence ?? 0
  const stop = view.sentenceTokens[Math.max(firstSentence, sentence - LOOK_BACK_SENTENCES)]?.[0] ?? 0
  for (let i = noun - 1; i >= stop; i--) {
    if (!isMeetingNoun(view, i)) continue
    const host = hostAt(view, i)
    if (host) return host
  }
  return undefined
}
