import { afterAll, describe, expect, test } from 'vitest'
import { cleanup, DATABASES, makeDoc } from '../../test/store/helpers.js'
import { loadQueryKb } from './kb.js'
import { actorNetwork } from './network.js'

afterAll(cleanup)

const TEXT =
  'Western governments imposed sanctions on Russia. The Indo-Pacific partners met Japan. Russia warned the pact.'

describe.each(DATABASES)('the network names its actors ($name)', (database) => {
  test('a region acting together is drawn by its CAMEO code, not its id', async () => {
    const db = await database.open()
    try {
      await db.putDoc(
        makeDoc(TEXT, {
          published: '2022-03-01',
          events: [
            { source: 'region:west', target: 'RUS', cameo: '163', evidence: 'imposed sanctions', date: '2022-02-28' },
            { source: 'region:indo-pacific', target: 'JPN', cameo: '040', evidence: 'met Japan', date: '2022-02-27' },
            // an actor the KB does not know: its name is the one the store learned
            { source: 'RUS', target: 'org:the-pact', cameo: '130', evidence: 'warned the pact', date: '2022-02-26' },
          ],
        }),
      )
      const network = await actorNetwork(
        { store: db, kb: await loadQueryKb() },
        { from: '2022-01-01', to: '2022-12-31', limit: 10 },
      )
      const nodes = new Map(network.nodes.map((node) => [node.id, [node.label, node.name]]))
      expect(nodes.get('region:west')).toEqual(['WST', 'West'])
      // a region with no collective code is drawn by its name
      expect(nodes.get('region:indo-pacific')).toEqual(['Indo-Pacific', 'Indo-Pacific'])
      expect(nodes.get('RUS')).toEqual(['RUS', 'Russia'])
      expect(nodes.get('org:the-pact')).toEqual(['Name of org:the-pact', 'Name of org:the-pact'])
      expect([...nodes.keys()].sort()).toEqual(['JPN', 'RUS', 'org:the-pact', 'region:indo-pacific', 'region:west'])
    } finally {
      await db.close()
    }
  })
})
