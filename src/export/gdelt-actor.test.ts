import { expect, test } from 'vitest'
import { actorColumns } from './gdelt-actor.js'

// code, name, country, known group, ethnic, religion 1, religion 2, type 1, type 2, type 3
test('a country with a sector: the type column holds the sector', () => {
  expect(actorColumns('IRQ', 'IRQCOP', 'Iraq')).toEqual(['IRQCOP', 'IRAQ', 'IRQ', '', '', '', '', 'COP', '', ''])
})

test('a group coded by its home country keeps its known group and type', () => {
  expect(actorColumns('PSE', 'PSEREBHMS', 'Palestine')).toEqual([
    'PSEREBHMS',
    'PALESTINE',
    'PSE',
    'HMS',
    '',
    '',
    '',
    'REB',
    '',
    '',
  ])
})

test('an international actor has no country; IGO/NGO and sectors are its types, religions go to their columns', () => {
  expect(actorColumns('AMNESTY', 'NGOHRIAMN', 'Amnesty International')).toEqual([
    'NGOHRIAMN',
    'AMNESTY INTERNATIONAL',
    '',
    'AMN',
    '',
    '',
    '',
    'NGO',
    'HRI',
    '',
  ])
  expect(actorColumns('ALQAEDA', 'IMGMOSREBALQ', 'al-Qaeda')[5]).toBe('MOS')
  // a region stands in the country column; a code with no group part leaves our id as the known group
  expect(actorColumns('EU', 'IGOEUREEC', 'European Union').slice(2, 4)).toEqual(['EUR', 'EEC'])
  expect(actorColumns('SCO', 'IGOCAS', 'Shanghai Cooperation Organisation').slice(2, 4)).toEqual(['CAS', 'SCO'])
  expect(actorColumns('OSCE', 'IGO', 'OSCE')[3]).toBe('OSCE')
})

test('without a stored code (older stores) the id alone fills code, country or known group', () => {
  expect(actorColumns('JPN', null, 'Japan')).toEqual(['JPN', 'JAPAN', 'JPN', '', '', '', '', '', '', ''])
  expect(actorColumns('NATO', null, undefined)).toEqual(['NATO', 'NATO', '', 'NATO', '', '', '', '', '', ''])
  expect(actorColumns(null, null, undefined)).toEqual(['', '', '', '', '', '', '', '', '', ''])
})
