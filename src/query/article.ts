import type { ZoneKind } from '../document.js'
import { EntenteError } from '../errors.js'
import type { QueryContext } from './context.js'

export interface ArticleSpan {
  readonly start: number
  readonly end: number
}

export interface ArticleView {
  readonly id: string
  readonly title: string | null
  readonly url: string | null
  readonly source: string
  readonly published: string | null
  readonly nearDuplicateOf: string | null
  /** The text as read at ingest; every offset below is a UTF-16 index into it, `end` exclusive. */
  readonly text: string
  readonly zones: readonly (ArticleSpan & { kind: ZoneKind; reason?: string })[]
  readonly sentences: readonly ArticleSpan[]
  readonly mentions: readonly (ArticleSpan & { id: string; text: string; type: string; entity: string | null })[]
  readonly events: readonly (ArticleSpan & { id: string; cameo: string; trigger: ArticleSpan })[]
  readonly facts: readonly (ArticleSpan & { id: string; relation: string; subject: string; object: string })[]
}

/** An article with every span the store keeps for it, so a reader can highlight any of them. */
export async function articleView(ctx: QueryContext, id: string): Promise<ArticleView> {
  const db = ctx.store.db
  const article = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
  if (!article) {
    throw new EntenteError('query.unknown-article', `Cannot find article "${id}" in the store`, {
      input: id,
      hint: 'Article ids are the content hashes `entente ingest --json` prints',
    })
  }
  // an article's mentions, events and facts are read by the primary key's prefix (ids are "<article>:<local id>",
  // and ':' is followed by ';'): no index by article is kept for them (migrations 12 and 16)
  const [mentions, events, facts] = await Promise.all([
    db
      .selectFrom('mentions')
      .select(['local_id', 'start_offset', 'end_offset', 'text', 'type', 'entity'])
      .where('id', '>', `${id}:`)
      .where('id', '<', `${id};`)
      .where('article_id', '=', id)
      .orderBy('start_offset')
      .orderBy('local_id')
      .execute(),
    db
      .selectFrom('events')
      .select(['id', 'cameo', 'evidence_start', 'evidence_end', 'trigger_start', 'trigger_end'])
      .where('id', '>', `${id}:`)
      .where('id', '<', `${id};`)
      .where('article_id', '=', id)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('facts')
      .select(['id', 'relation', 'subject', 'object', 'evidence_start', 'evidence_end'])
      .where('id', '>', `${id}:`)
      .where('id', '<', `${id};`)
      .where('article_id', '=', id)
      .orderBy('evidence_start')
      .orderBy('id')
      .execute(),
  ])
  return {
    id,
    title: titleOf(article),
    url: article.url,
    source: article.source,
    published: article.published,
    nearDuplicateOf: article.near_duplicate_of,
    text: article.text,
    zones: JSON.parse(article.zones) as ArticleView['zones'],
    sentences: (JSON.parse(article.sentences) as [number, number][]).map(([start, end]) => ({ start, end })),
    mentions: mentions.map((m) => ({
      id: m.local_id,
      start: m.start_offset,
      end: m.end_offset,
      text: m.text,
      type: m.type,
      entity: m.entity,
    })),
    events: events.map((e) => ({
      id: e.id,
      cameo: e.cameo,
      start: e.evidence_start,
      end: e.evidence_end,
      trigger: { start: e.trigger_start, end: e.trigger_end },
    })),
    facts: facts.map((f) => ({
      id: f.id,
      relation: f.relation,
      subject: f.subject,
      object: f.object,
      start: f.evidence_start,
      end: f.evidence_end,
    })),
  }
}

/** The longest title shown: a headline zone longer than this is a paragraph the zoner took for one. */
const MAX_TITLE = 200

/**
 * An article's title: the one its source gave (HTML, feeds, JSONL), else its headline zone (plain text files carry
 * their headline as the first line and no title field), else null. Readers then show the headline instead of a
 * placeholder.
 */
export function titleOf(article: { title: string | null; text: string; zones: string }): string | null {
  if (article.title !== null && article.title.trim() !== '') return article.title
  const zones = JSON.parse(article.zones) as { start: number; end: number; kind: ZoneKind }[]
  const headline = zones.find((zone) => zone.kind === 'headline')
  if (!headline) return null
  const text = article.text.slice(headline.start, headline.end).replace(/\s+/g, ' ').trim()
  if (text === '') return null
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1).trimEnd()}…` : text
}
