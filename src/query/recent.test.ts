import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import type { Store } from '../store/index.js'
import { listEvents } from './events.js'
import { recentEvents } from './recent.js'

afterAll(cleanup)

const DAYS = ['2021-06-01', '2021-06-02', '2021-06-02', '2021-06-03', '2021-06']

/** Articles of three reports each, most of them on the same few days, with Japan on one side or the other. */
async function store(db: Store): Promise<void> {
  for (let i = 0; i < 14; i++) {
    const verbs = ['met', 'praised', 'warned']
    const words = verbs.map((verb) => `${verb} ${i}`)
    await db.putDoc(
      makeDoc(`Dispatch ${i}: ${words.join('; ')}.`, {
        events: words.map((evidence, j) => ({
          source: (i + j) % 3 === 0 ? 'KOR' : 'JPN',
          target: (i + j) % 3 === 0 ? 'JPN' : 'KOR',
          cameo: j === 2 ? '111' : '040',
          evidence,
          date: DAYS[(i * 2 + j) % DAYS.length] as string,
          ...(i % 5 === 4 && j === 1 ? { negated: true } : {}),
        })),
      }),
    )
  }
}

describe.each(DATABASES)('recent events of an actor ($name)', (database) => {
  test('are the rows and order of the full sorted list, also when the page ends inside a day', async () => {
    const db = await database.open()
    try {
      await store(db)
      const ctx = { store: db }
      let cutInsideDay = 0
      for (const day of ['2021-05-31', '2021-06-01', '2021-06-02', '2021-06-30']) {
        for (const limit of [1, 2, 3, 5, 8, 13, 40]) {
          const expected = await listEvents(ctx, { involving: 'JPN', to: day, counted: true, limit })
          expect(await recentEvents(ctx, 'JPN', day, limit), `${day} limit ${limit}`).toEqual(expected)
          const last = expected.at(-1)?.date
          const all = await listEvents(ctx, { involving: 'JPN', to: day, counted: true, limit: 1000 })
          if (
            expected.length === limit &&
            all.filter((e) => e.date === last).length > expected.filter((e) => e.date === last).length
          ) {
            cutInsideDay++
          }
        }
      }
      // most pages end inside a day with more reports than the page holds: the ties are ordered, not just found
      expect(cutInsideDay).toBeGreaterThan(10)
    } finally {
      await db.close()
    }
  })
})
