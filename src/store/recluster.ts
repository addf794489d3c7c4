import type { Kysely, Transaction } from 'kysely'
import { CLUSTER_RULE_VERSION, partition } from '../dedup/index.js'
import { clusterRow, type KeyReport } from './cluster-events.js'
import { clusterRows, restartClusterNumbers } from './numbers.js'
import { chunks } from './rows.js'
import type { Database, EventClusterTable } from './schema.js'
import type { ReclusterResult } from './store.js'
import { writeTransaction } from './write-transaction.js'

/**
 * Rebuilds every cluster with the current rule, in one transaction: key by key (source, target, root, negation),
 * the key's reports are partitioned as ingest does, so the result is what ingesting the same articles in any
 * order gives. Clusters are numbered in the order their first reports were stored (article, then position). An
 * undated report is a happening of its own.
 */
export async function recluster(db: Kysely<Database>): Promise<ReclusterResult> {
  return writeTransaction(db, async (trx) => {
    await trx.updateTable('events').set({ cluster_id: null }).execute()
    await trx.deleteFrom('event_clusters').execute()
    await restartClusterNumbers(trx)
    const keys = await trx.selectFrom('events').select(['source', 'target', 'root', 'negated']).distinct().execute()
    const ordered = keys
      .map((key) => ({ key, text: JSON.stringify([key.source, key.target, key.root, key.negated]) }))
      .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    let events = 0
    const built: { row: EventClusterTable; members: readonly { id: string }[]; at: [number, number] }[] = []
    for (const { key } of ordered) {
      let query = trx
        .selectFrom('events as e')
        .innerJoin('articles as a', 'a.id', 'e.article_id')
        .select(['e.id', 'e.article_id', 'e.source', 'e.target', 'e.root', 'e.cameo', 'e.quad', 'e.goldstein'])
        .select(['e.negated', 'e.date', 'e.date_precision', 'e.ord', 'a.seq', 'a.near_duplicate_of'])
        .where('e.root', '=', key.root)
        .where('e.negated', '=', key.negated)
      query = key.source === null ? query.where('e.source', 'is', null) : query.where('e.source', '=', key.source)
      query = key.target === null ? query.where('e.target', 'is', null) : query.where('e.target', '=', key.target)
      const rows = await query.execute()
      events += rows.length
      const dated: KeyReport[] = []
      const undated: (typeof rows)[number][] = []
      for (const { near_duplicate_of, ...row } of rows) {
        if (row.date !== null && /^\d{4}/.test(row.date)) {
          dated.push({ ...row, date: row.date, mayStart: near_duplicate_of === null, cluster_id: null, stored: true })
        } else if (near_duplicate_of === null) undated.push({ ...row, near_duplicate_of })
      }
      undated.sort((a, b) => (a.id < b.id ? -1 : 1))
      const clusters = [...partition(dated), ...undated.map((row) => [row])]
      const byId = new Map(rows.map((row) => [row.id, row]))
      for (const members of clusters) {
        const anchor = byId.get((members[0] as { id: string }).id) as (typeof rows)[number]
        built.push({ row: clusterRow(members), members, at: [anchor.seq, anchor.ord] })
      }
    }
    built.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    const created = built.map(({ row }, i) => ({ ...row, num: i + 1 }))
    for (const chunk of chunks(created, 100)) {
      await trx.insertInto('event_clusters').values(clusterRows(trx, chunk)).execute()
    }
    for (const { row, members } of built) await assign(trx, row.id, members)
    const clusters = await trx
      .selectFrom('event_clusters')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst()
    return { ruleVersion: CLUSTER_RULE_VERSION, events, clusters: Number(clusters?.n ?? 0) }
  })
}

async function assign(trx: Transaction<Database>, cluster: string, members: readonly { id: string }[]) {
  for (const chunk of chunks(members.map((member) => member.id))) {
    await trx.updateTable('events').set({ cluster_id: cluster }).where('id', 'in', chunk).execute()
  }
}
