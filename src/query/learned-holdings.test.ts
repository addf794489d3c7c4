import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import { learnedHoldings, type LearnedHolding } from './learned-facts.js'

afterAll(cleanup)

const TEXT = 'Kenya sat in the union. Kenya came back. Ghana joined. Ethiopia sat in it for a while. Lesotho joined.'

/** Learned memberships of one organization with starts and ends to the day, the month and the year. */
const FACTS = [
  { subject: 'KEN', start: '2010-05-01', end: '2015', evidence: 'Kenya sat in the union' },
  { subject: 'KEN', start: '2018-03', evidence: 'Kenya came back' },
  { subject: 'GHA', start: '2012', evidence: 'Ghana joined' },
  { subject: 'ETH', start: '2016-07-09', end: '2016-12', evidence: 'Ethiopia sat in it' },
].map((fact) => ({ relation: 'member_of', object: 'AU', ...fact }))

const held = (rows: LearnedHolding[]) => rows.map((h) => [h.other, h.certainty, h.from, h.to, h.statements])

describe.each(DATABASES)('learned holdings of an organization on a day ($name)', (database) => {
  test('judge each start and end against the day, and follow a write after they were read', async () => {
    const db = await database.open()
    try {
      await db.putDoc(makeDoc(TEXT, { published: '2019-01-01', facts: FACTS }))
      const ctx = { store: db }
      const on = async (at: string) =>
        held(await learnedHoldings(ctx, { relation: 'member_of', side: 'object', id: 'AU', at }))
      expect(await on('2011-01-01')).toEqual([['KEN', 'member', '2010-05-01', '2015', 1]])
      expect(await on('2012-06-01')).toEqual([
        ['GHA', 'possibly', '2012', null, 1],
        ['KEN', 'member', '2010-05-01', '2015', 1],
      ])
      // Kenya's first membership ended in 2015 and its second begins in 2018; Ethiopia's ends in the day's month
      expect(await on('2016-12-15')).toEqual([
        ['ETH', 'member', '2016-07-09', '2016-12', 1],
        ['GHA', 'member', '2012', null, 1],
      ])
      expect(await on('2018-03-10')).toEqual([
        ['GHA', 'member', '2012', null, 1],
        ['KEN', 'possibly', '2018-03', null, 1],
      ])
      expect(await on('2018-04-01')).toEqual([
        ['GHA', 'member', '2012', null, 1],
        ['KEN', 'member', '2018-03', null, 1],
      ])
      const member = held(
        await learnedHoldings(ctx, { relation: 'member_of', side: 'subject', id: 'KEN', at: '2018-04-01' }),
      )
      expect(member).toEqual([['AU', 'member', '2018-03', null, 1]])
      // a write after the organization's rows were read: the next day asked sees it
      await db.putDoc(
        makeDoc('Lesotho joined the union.', {
          published: '2019-02-01',
          facts: [
            { relation: 'member_of', subject: 'LSO', object: 'AU', start: '2019-01-01', evidence: 'Lesotho joined' },
          ],
        }),
      )
      expect((await on('2020-01-01')).map(([other]) => other)).toEqual(['GHA', 'KEN', 'LSO'])
    } finally {
      await db.close()
    }
  })
})
