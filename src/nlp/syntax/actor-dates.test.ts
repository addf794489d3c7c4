import { expect, test } from 'vitest'
import { analyze } from '../../run.js'

/** source>target of each event, with each side's CAMEO actor code: "RUS/RUSELI>RUS/RUSGOV 11". */
function coded(text: string, published?: string): string[] {
  const doc = analyze({ id: 't', text, ...(published ? { published } : {}), source: { kind: 'text', path: 't' } })
  const side = (ref?: { entity: string; code?: string }) => (ref ? `${ref.entity}/${ref.code ?? ''}` : '-')
  return doc.events.map((e) => `${side(e.source)}>${side(e.target)} ${e.cameo.slice(0, 2)}`)
}

test('an office holder acts for his government while in office, as an ex-official of his country after it', () => {
  const text = 'Mikhail Gorbachev criticized Boris Yeltsin.'
  expect(coded(text, '1991-09-10')).toContain('RUS/RUSGOV>RUS/RUSGOV 11')
  expect(coded(text, '2011-12-10')).toContain('RUS/RUSELI>RUS/RUSELI 11')
})

test('a document with no date may use any role a person held: he acts for that government', () => {
  expect(coded('Mikhail Gorbachev criticized the Japanese government.')).toContain('RUS/RUSGOV>JPN/JPNGOV 11')
})

test('a former head of an international organization no longer acts for it', () => {
  expect(coded('Boutros Boutros-Ghali criticized the Japanese government.', '2003-05-01')[0]).toMatch(/^->JPN/)
  expect(coded('Boutros Boutros-Ghali criticized the Japanese government.', '1994-05-01')[0]).toMatch(/^UN\//)
})

test('the president of that year among two who share a name', () => {
  expect(coded('George Bush criticized the Japanese government.', '1990-05-01')).toContain('USA/USAGOV>JPN/JPNGOV 11')
  expect(coded('George Bush criticized the Japanese government.')[0]).toMatch(/^->JPN/)
})
