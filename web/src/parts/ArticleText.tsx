import type { Article, Span } from '../api.js'

interface Piece extends Span {
  zone: string
  marked: boolean
  sentence: boolean
}

/**
 * The article text in pieces cut at zone, sentence and highlight bounds: debris greyed, the evidence sentence
 * underlined and its words marked. Every piece is a text node: the text is untrusted and never parsed as HTML.
 */
export function ArticleText({ article, mark, sentence }: { article: Article; mark?: Span; sentence?: Span }) {
  const text = article.text
  const cuts = new Set([0, text.length])
  for (const zone of article.zones) cuts.add(zone.start).add(zone.end)
  for (const span of [mark, sentence]) if (span) cuts.add(span.start).add(span.end)
  const bounds = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((x, y) => x - y)
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number
    const end = bounds[i + 1] as number
    const zone = article.zones.find((z) => z.start <= start && end <= z.end)?.kind ?? 'none'
    const inside = (span: Span | undefined) => span !== undefined && span.start <= start && end <= span.end
    pieces.push({ start, end, zone, marked: inside(mark), sentence: inside(sentence) })
  }
  return (
    <div class="article-text" data-testid="article-text">
      {pieces.map((piece) => {
        const words = text.slice(piece.start, piece.end)
        const className = `zone-${piece.zone}${piece.sentence ? ' in-sentence' : ''}`
        return piece.marked ? (
          <mark key={piece.start} class={className} data-testid="evidence">
            {words}
          </mark>
        ) : (
          <span key={piece.start} class={className}>
            {words}
          </span>
        )
      })}
    </div>
  )
}
