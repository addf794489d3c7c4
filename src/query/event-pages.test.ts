import type { KyselyPlugin } from 'kysely'
import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import { runSql, type Store } from '../store/index.js'
import { articleView } from './article.js'
import { eventPage, type EventPageFilter } from './event-pages.js'

afterAll(cleanup)

const ACTORS = ['JPN', 'NATO', 'USA', 'CHN']
const DATES = ['2019-03-02', '2020-05', '2021', '2022-08-15', undefined, '2023-01-09']

/** 12 articles of 3 events each, actors and dates (day, month, year, none) varied, stored in order. */
async function fill(store: Store) {
  for (let i = 0; i < 12; i++) {
    const words = ['met', 'warned', 'praised'].map((verb) => `${verb} ${i}`)
    const text = `Report ${i}: ${words.join('; ')}.`
    await store.putDoc(
      makeDoc(text, {
        events: words.map((evidence, j) => ({
          source: ACTORS[(i + j) % 4] as string,
          target: ACTORS[(i + 2 * j + 1) % 4] as string,
          cameo: j === 1 ? '111' : '040',
          evidence,
          ...(DATES[(i + j) % DATES.length] ? { date: DATES[(i + j) % DATES.length] as string } : {}),
        })),
      }),
    )
  }
}

/** Every id of every page of a filter, two at a time, following the cursor. */
async function allPages(store: Store, filter: Omit<EventPageFilter, 'limit'>, sparseBelow: number) {
  const ids: string[] = []
  let cursor: string | null | undefined
  do {
    const page = await eventPage({ store }, { ...filter, limit: 2, ...(cursor ? { cursor } : {}) }, sparseBelow)
    ids.push(...page.events.map((event) => event.id))
    cursor = page.next
  } while (cursor)
  return ids
}

describe.each(DATABASES)('events pages read by index or in article order ($name)', (database) => {
  test('give the same rows in the same order, page by page', async () => {
    const store = await database.open()
    try {
      await fill(store)
      const filters: Omit<EventPageFilter, 'limit'>[] = [
        { to: '2020-12-31' },
        { from: '2021-06-01' },
        { actor: 'JPN' },
        { involving: 'NATO', from: '2020-05-10', to: '2022-12-31' },
        { target: 'USA', code: '04' },
        { to: '2010-01-01' },
      ]
      for (const filter of filters) {
        const walked = await allPages(store, filter, 0)
        const indexed = await allPages(store, filter, Number.MAX_SAFE_INTEGER)
        expect(indexed, JSON.stringify(filter)).toEqual(walked)
      }
      // the pages hold what the filter says: all of JPN's reports as source, none before the first event
      expect(await allPages(store, { actor: 'JPN' }, Number.MAX_SAFE_INTEGER)).toHaveLength(9)
      expect(await allPages(store, { to: '2010-01-01' }, Number.MAX_SAFE_INTEGER)).toEqual([])
      expect((await allPages(store, { to: '2020-12-31' }, 0)).length).toBeGreaterThan(4)
    } finally {
      await store.close()
    }
  })
})

/** Records the SQL of every statement run through the store's Kysely instance it is plugged into. */
class StatementLog implements KyselyPlugin {
  readonly statements: { sql: string; parameters: readonly unknown[] }[] = []
  constructor(private readonly store: Store) {}
  transformQuery(args: Parameters<KyselyPlugin['transformQuery']>[0]): ReturnType<KyselyPlugin['transformQuery']> {
    const compiled = this.store.db.getExecutor().compileQuery(args.node, args.queryId)
    this.statements.push({ sql: compiled.sql, parameters: compiled.parameters })
    return args.node
  }
  async transformResult(
    args: Parameters<KyselyPlugin['transformResult']>[0],
  ): ReturnType<KyselyPlugin['transformResult']> {
    return args.result
  }
}

describe("an article's events are read by the id prefix (sqlite)", () => {
  test('issue 14 item 7: no index of events by article is kept (migration 16); the dense page and the article view seek the primary key', async () => {
    const store = await (DATABASES[0] as (typeof DATABASES)[number]).open()
    try {
      await fill(store)
      const indexes = await runSql<{ name: string }>(
        store.db,
        `select name from sqlite_master where tbl_name = 'events'`,
        [],
      )
      expect(indexes.map((row) => row.name)).not.toContain('events_article')
      const log = new StatementLog(store)
      const ctx = { store: { ...store, db: store.db.withPlugin(log) } }
      const page = await eventPage(ctx, { actor: 'JPN', limit: 2 }, 0)
      const view = await articleView(ctx, (page.events[0] as { article: string }).article)
      expect(view.events.length).toBe(3)
      const plans: string[] = []
      for (const { sql, parameters } of log.statements.filter((s) =>
        / "?events"? as "?e"?|from "events"/.test(s.sql),
      )) {
        const rows = await runSql<{ detail: string }>(store.db, `explain query plan ${sql}`, [...parameters])
        plans.push(rows.map((row) => row.detail).join('\n'))
      }
      expect(plans).toHaveLength(2)
      for (const plan of plans) {
        expect(plan).toMatch(/SEARCH e(vents)? USING INDEX sqlite_autoindex_events_1 \(id>\? AND id<\?\)/)
        expect(plan).not.toMatch(/AUTOMATIC|SCAN e(vents)?\b/)
      }
    } finally {
      await store.close()
    }
  })
})
