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
  const [mentions, events, facts] = await Promise.all([
    db
      .selectFrom('mentions')
      .select(['local_id', 'start_offset', 'end_offset', 'text', 'type', 'entity'])
      .where('article_id', '=', id)
      .orderBy('start_offset')
      .orderBy('local_id')
      .execute(),
    db
      .selectFrom('events')
      .select(['id', 'cameo', 'evidence_start', 'evidence_end', 'trigger_start', 'trigger_end'])
      .where('article_id', '=', id)
      .orderBy('ord')
      .execute(),
    db
      .selectFrom('facts')
      .select(['id', 'relation', 'subject', 'object', 'evidence_start', 'evidence_end'])
      .where('article_id', '=', id)
      .orderBy('evidence_start')
      .orderBy('id')
      .execute(),
  ])
  return {
    id,
    title: article.title,
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
