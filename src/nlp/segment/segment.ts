import type { Doc, Span, Token, Zone } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { its, nlp } from './wink.js'

/** Zones whose text is article content: the headline (once) and the body; never bylines or debris. */
export function contentZones(doc: Pick<Doc, 'zones'>): Zone[] {
  return doc.zones.filter((zone) => zone.kind === 'body' || zone.kind === 'headline')
}

/** Splits one span of the text into sentences and tokens, with offsets into the whole text. */
export function segmentSpan(text: string, span: Span, firstSentence: number): { sentences: Span[]; tokens: Token[] } {
  const slice = text.slice(span.start, span.end)
  const wdoc = nlp.readDoc(slice)
  const values = wdoc.tokens().out(its.value)
  const pos = wdoc.tokens().out(its.pos)
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.value)
  const norms = wdoc.tokens().out(its.normal)
  const ranges = mergeContinuations(wdoc.sentences().out(its.span) as unknown as [number, number][], values)
  const starts: number[] = []
  const ends: number[] = []
  let cursor = 0
  for (const value of values) {
    const at = slice.indexOf(value, cursor)
    // wink keeps the original text, so every token is found in order; guard against surprises anyway
    const start = at < 0 ? cursor : at
    starts.push(span.start + start)
    ends.push(span.start + start + (at < 0 ? 0 : value.length))
    if (at >= 0) cursor = at + value.length
  }
  const sentences: Span[] = []
  const tokens: Token[] = []
  for (const [first, last] of ranges) {
    const index = firstSentence + sentences.length
    sentences.push({ start: starts[first] ?? span.start, end: ends[last] ?? span.end })
    for (let i = first; i <= last; i++) {
      tokens.push({
        start: starts[i] ?? 0,
        end: ends[i] ?? 0,
        pos: pos[i] ?? 'X',
        lemma: lemmas[i] ?? '',
        norm: norms[i] ?? '',
        sentence: index,
      })
    }
  }
  return { sentences, tokens }
}

/** Rejoins a quote split after "?" or "!" when the next part starts in lower case: '"Will you?" the minister asked.' */
function mergeContinuations(ranges: [number, number][], values: string[]): [number, number][] {
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged.at(-1)
    const first = values[range[0]] ?? ''
    if (previous && /^[a-z]/.test(first)) previous[1] = range[1]
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** Splits the headline and body zones into sentences and tokens (with POS and lemmas). */
export const segment: Stage = {
  name: 'segment',
  needs: ['zones'],
  adds: ['sentences', 'tokens'],
  run(doc) {
    const sentences: Span[] = []
    const tokens: Token[] = []
    for (const zone of contentZones(doc)) {
      const part = segmentSpan(doc.text, zone, sentences.length)
      sentences.push(...part.sentences)
      tokens.push(...part.tokens)
    }
    return { sentences, tokens }
  },
}
