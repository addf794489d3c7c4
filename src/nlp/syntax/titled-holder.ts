import type { ActorSpan, DocView } from './view.js'

const TITLE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN'])
const TITLE_REACH = 4

/**
 * The office holder a demonym's title names: in "met Israeli President Herzog" the side met is Herzog, who acts for
 * his government, not the people the demonym names. The demonym is followed by title words, then the holder, a person
 * acting for the same state.
 */
export function titledHolder(view: DocView, span: ActorSpan): ActorSpan | undefined {
  if (span.mention.form !== 'demonym') return undefined
  for (let k = span.last + 1; k <= span.last + TITLE_REACH; k++) {
    const holder = view.actorStart.get(k)
    if (holder) {
      const person = holder.mention.kind === 'person' || holder.mention.type === 'PERSON'
      return person && k > span.last + 1 && holder.ref.entity === span.ref.entity ? holder : undefined
    }
    if (!TITLE_TAGS.has(view.tokens[k]?.pos ?? '') || view.actorCover.has(k)) return undefined
  }
  return undefined
}
