import { afterAll, describe, expect, test } from 'vitest'
import { actorDossier } from '../../src/query/index.js'
import { cleanup, DATABASES, makeDoc } from '../store/helpers.js'

afterAll(cleanup)

/** Three articles restating Sweden's membership of a council, with different starts; one states a later one. */
const REPORTS = [
  { published: '2021-03-01', start: '2019-05-02', text: 'Sweden, a member of the council since 2019, voted.' },
  { published: '2022-03-01', start: '2018-01-10', text: 'Sweden has sat on the council since 2018 and spoke.' },
  { published: '2023-03-01', start: '2020', text: 'Sweden, on the council since 2020, abstained.' },
  { published: '2023-03-02', start: '2023-03', text: 'Sweden joined the forum in March 2023.' },
]

for (const database of DATABASES) {
  describe(database.name, () => {
    test('the dossier lists a learned membership once, from its earliest start, with its statement count', async () => {
      const store = await database.open()
      try {
        for (const [i, report] of REPORTS.entries()) {
          const object = i === 3 ? 'FORUM' : 'COUNCIL'
          await store.putDoc(
            makeDoc(report.text, {
              published: report.published,
              facts: [{ relation: 'member_of', subject: 'SWE', object, start: report.start, evidence: 'Sweden' }],
            }),
          )
        }
        const dossier = await actorDossier({ store }, 'SWE', { at: '2023-03-15' })
        expect(dossier.memberships).toEqual([
          { id: 'COUNCIL', from: '2018-01-10', to: null, origin: 'learned', evidence: 'Sweden', statements: 3 },
        ])
        // a start known only to the month containing the day is no sure membership yet; the day after it is
        const later = await actorDossier({ store }, 'SWE', { at: '2023-04-01' })
        expect(later.memberships.map((m) => [m.id, m.statements])).toEqual([
          ['COUNCIL', 3],
          ['FORUM', 1],
        ])
        // before the earliest start nothing holds
        expect((await actorDossier({ store }, 'SWE', { at: '2017-12-31' })).memberships).toEqual([])
      } finally {
        await store.close()
      }
    })
  })
}
