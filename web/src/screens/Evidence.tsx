import { get, QUADS, type Article, type EventDetail } from '../api.js'
import { ArticleText } from '../parts/ArticleText.js'
import { href, useLoad } from '../route.js'

/** An event's words in its article, every article that reported the happening, and the coding beside them. */
export function Evidence({ id }: { id: string }) {
  const loaded = useLoad(async () => {
    const event = await get<EventDetail>(`/api/events/${encodeURIComponent(id)}`)
    const article = await get<Article>(`/api/articles/${encodeURIComponent(event.article)}`)
    return { event, article }
  }, id)
  if (loaded.error) return <p class="error">{loaded.error}</p>
  if (!loaded.data) return <p>Loading…</p>
  const { event, article } = loaded.data
  const span = article.events.find((e) => e.id === event.id)
  const own = event.reports.find((report) => report.event === event.id)
  return (
    <section class="evidence">
      <div class="reading">
        <h1>{article.title ?? article.id}</h1>
        <p class="meta">
          {article.published ?? 'undated'} {article.url && <span class="url">{article.url}</span>}
        </p>
        <ArticleText
          article={article}
          {...(span ? { mark: span } : {})}
          {...(own ? { sentence: { start: own.sentence.start, end: own.sentence.end } } : {})}
        />
      </div>
      <aside class="coding" data-testid="coding">
        <h2>Coding</h2>
        <dl>
          <dt>Who</dt>
          <dd>
            {event.source ? <a href={href(['actor', event.source])}>{event.source}</a> : '—'} →{' '}
            {event.target ? <a href={href(['actor', event.target])}>{event.target}</a> : '—'}
          </dd>
          <dt>CAMEO</dt>
          <dd>
            {event.cameo} {event.cameoName}
          </dd>
          <dt>PLOVER</dt>
          <dd>{event.plover ?? '—'}</dd>
          <dt>Quad</dt>
          <dd>{QUADS[event.quad]}</dd>
          <dt>Goldstein</dt>
          <dd>{event.goldstein}</dd>
          <dt>Modality</dt>
          <dd>{event.modality}</dd>
          <dt>Negated</dt>
          <dd>{event.negated ? 'yes' : 'no'}</dd>
          <dt>Date</dt>
          <dd>
            {event.date ?? 'undated'} {event.datePrecision && `(${event.datePrecision})`}
          </dd>
          <dt>Confidence</dt>
          <dd>{event.confidence.toFixed(2)}</dd>
          <dt>Trigger</dt>
          <dd>{event.trigger}</dd>
        </dl>
        {event.source && event.target && (
          <p>
            <a href={href(['dyad', event.source, event.target])}>
              {event.source}–{event.target} timeline
            </a>
          </p>
        )}
        <h2>Reported in {event.reports.length === 1 ? 'one article' : `${event.reports.length} articles`}</h2>
        <ol class="reports" data-testid="reports">
          {event.reports.map((report) => (
            <li key={report.event}>
              <a href={href(['event', report.event])}>{report.article.title ?? report.article.id}</a>{' '}
              {report.nearDuplicateOf && <span class="learned">copy</span>}
              <blockquote>
                {report.sentence.text.slice(0, report.evidence.start)}
                <mark>{report.evidence.text}</mark>
                {report.sentence.text.slice(report.evidence.end)}
              </blockquote>
            </li>
          ))}
        </ol>
      </aside>
    </section>
  )
}
