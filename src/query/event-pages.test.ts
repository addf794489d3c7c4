import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import type { Store } from '../store/index.js'
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
