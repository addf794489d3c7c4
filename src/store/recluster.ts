import type { Kysely } from 'kysely'
import { CLUSTER_RULE_VERSION } from '../dedup/index.js'
import { clusterArticleEvents } from './cluster-events.js'
import type { Database } from './schema.js'
import { restartClusterNumbers } from './numbers.js'
import type { ReclusterResult } from './store.js'
import { writeTransaction } from './write-transaction.js'

const PAGE = 500

/** Rebuilds every cluster with the current rule, replaying articles in ingest order, in one transaction. */
export async function recluster(db: Kysely<Database>): Promise<ReclusterResult> {
  return writeTransaction(db, async (trx) => {
    await trx.updateTable('events').set({ cluster_id: null }).execute()
    await trx.deleteFrom('event_clusters').execute()
    await restartClusterNumbers(trx)
    let events = 0
    let afterSeq = 0
    for (;;) {
      const articles = await trx
        .selectFrom('articles')
        .select(['id', 'seq', 'near_duplicate_of'])
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(PAGE)
        .execute()
      for (const article of articles) {
        const rows = await trx
          .selectFrom('events')
          .select(['id', 'article_id', 'source', 'target', 'root', 'cameo', 'quad', 'goldstein', 'negated'])
          .select(['date', 'date_precision'])
          .where('article_id', '=', article.id)
          .orderBy('ord')
          .execute()
        const clusters = await clusterArticleEvents(trx, rows, { mayStart: article.near_duplicate_of === null })
        for (const [i, row] of rows.entries()) {
          const cluster = clusters[i] ?? null
          if (cluster !== null)
            await trx.updateTable('events').set({ cluster_id: cluster }).where('id', '=', row.id).execute()
        }
        events += rows.length
      }
      const last = articles.at(-1)
      if (!last || articles.length < PAGE) break
      afterSeq = last.seq
    }
    const clusters = await trx
      .selectFrom('event_clusters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return { ruleVersion: CLUSTER_RULE_VERSION, events, clusters: Number(clusters?.n ?? 0) }
  })
}
