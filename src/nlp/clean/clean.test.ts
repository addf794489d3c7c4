import { expect, test } from 'vitest'
import { docOf, type Diagnostic, type Doc, type Zone } from '../../document.js'
import { contentZones } from './content-zones.js'
import { clean, markZones } from './clean.js'
import { bylineReason, debrisReason } from './line-rules.js'

const HEADLINE = 'Finland becomes the 31st member of NATO'
/** Shaped like a scraped page: headline, its repeats around a share bar, then body paragraphs. */
const SCRAPED = [
  HEADLINE,
  '',
  HEADLINE,
  '',
  '112',
  '3',
  'SHARE',
  '',
  `${HEADLINE}.`,
  '',
  'Finland formally joined the North Atlantic Treaty Organization on Tuesday, when its foreign minister handed the accession papers to the United States at the alliance headquarters in Brussels.',
  '',
  'The Finnish flag was raised outside the building in the afternoon, alongside those of the thirty other allies.',
  '',
  'Sweden, which applied at the same time, was still waiting for approval from Turkey and Hungary.',
].join('\n')

function run(doc: Doc): { zones: Zone[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = []
  const { zones = [] } = clean.run(doc, { report: (d) => diagnostics.push(d) })
  return { zones, diagnostics }
}

function labelled(text: string, zones: Zone[]): [string, string, string][] {
  return zones.map((z) => [z.kind, z.reason ?? '', text.slice(z.start, z.end)])
}

test('clean marks the headline once, its repeats and the share bar as debris, the rest as body', () => {
  const { zones, diagnostics } = run(docOf(SCRAPED))
  expect(labelled(SCRAPED, zones)).toEqual([
    ['headline', '', HEADLINE],
    ['debris', 'repeated headline', HEADLINE],
    ['debris', 'counter', '112'],
    ['debris', 'counter', '3'],
    ['debris', 'interface text', 'SHARE'],
    ['debris', 'repeated headline', `${HEADLINE}.`],
    ['body', '', expect.stringMatching(/^Finland formally joined/)],
    ['body', '', expect.stringMatching(/^The Finnish flag/)],
    ['body', '', expect.stringMatching(/^Sweden, which applied/)],
  ])
  expect(diagnostics).toEqual([])
})

test('clean zones are true spans of the text, in order, not overlapping, and cover every non-blank line', () => {
  const { zones } = run(docOf(SCRAPED))
  let covered = ''
  let last = 0
  for (const zone of zones) {
    expect(zone.start).toBeGreaterThanOrEqual(last)
    expect(zone.end).toBeGreaterThan(zone.start)
    covered += SCRAPED.slice(last, zone.start).trim() // only whitespace may be left out
    last = zone.end
  }
  expect(covered + SCRAPED.slice(last).trim()).toBe('')
})

test('clean uses doc.title to find the headline even after page furniture', () => {
  const text = 'World\n\nSummit opens in Vilnius\n\nBy Jane Doe | Reuters\n\nLeaders arrived on Tuesday.'
  const { zones } = run(docOf(text, { title: 'Summit opens in Vilnius' }))
  expect(labelled(text, zones)).toEqual([
    ['body', '', 'World'],
    ['headline', '', 'Summit opens in Vilnius'],
    ['byline', 'author', 'By Jane Doe | Reuters'],
    ['body', '', 'Leaders arrived on Tuesday.'],
  ])
})

test('clean keeps a dateline paragraph as body and finds no headline in a text that starts with one', () => {
  const text = 'BRUSSELS (Reuters) - NATO foreign ministers met on Wednesday.\n\nThey discussed Ukraine.'
  const { zones } = run(docOf(text))
  expect(zones.map((z) => z.kind)).toEqual(['body', 'body'])
})

test('clean merges the lines of a hard-wrapped paragraph into one body zone', () => {
  const text =
    'Leaders agree on aid\n\nLeaders of the G7 agreed on Friday to\nsend more aid to the region, officials\nsaid.\n\nA second paragraph.'
  const { zones } = run(docOf(text))
  expect(labelled(text, zones)).toEqual([
    ['headline', '', 'Leaders agree on aid'],
    ['body', '', 'Leaders of the G7 agreed on Friday to\nsend more aid to the region, officials\nsaid.'],
    ['body', '', 'A second paragraph.'],
  ])
})

test('clean does not take the first line of a wrapped paragraph for a headline', () => {
  const text = 'Leaders of the G7 agreed on Friday to\nsend more aid to the region.'
  expect(run(docOf(text)).zones.map((z) => z.kind)).toEqual(['body'])
})

test('clean keeps offsets true with \\r\\n line ends and indentation', () => {
  const text = '  Talks resume in Geneva\r\n\r\n   By Ana Ruiz\r\nDelegates returned on Monday.\r\n'
  const { zones } = run(docOf(text))
  expect(labelled(text, zones)).toEqual([
    ['headline', '', 'Talks resume in Geneva'],
    ['byline', 'author', 'By Ana Ruiz'],
    ['body', '', 'Delegates returned on Monday.'],
  ])
})

test('clean reports a warning when nothing is body', () => {
  const { diagnostics } = run(docOf('Headline only\n\n42\n\nShare'))
  expect(diagnostics.map((d) => d.code)).toEqual(['clean.no-body'])
})

test('contentZones() keeps the headline and body zones, never debris or bylines', () => {
  const doc = docOf(SCRAPED, { zones: markZones(docOf(SCRAPED)) })
  expect(contentZones(doc).map((z) => z.kind)).toEqual(['headline', 'body', 'body', 'body'])
})

const DEBRIS: [line: string, reason: string | undefined][] = [
  ['68', 'counter'],
  ['1,204', 'counter'],
  ['2.3K', 'counter'],
  ['68 shares', 'share counter'],
  ['12 Comments', 'share counter'],
  ['Share on Facebook', 'interface text'],
  ['Tweet', 'interface text'],
  ['Advertisement', 'interface text'],
  ['Read more: Sweden waits for Turkey', 'interface text'],
  ['Sign up for our daily briefing', 'interface text'],
  ['Subscribers flee the paper after the vote', undefined],
  ['Share prices fall in Tokyo', undefined],
  ['Follow the money', undefined],
  ['The minister said 68 people had died.', undefined],
]
for (const [line, reason] of DEBRIS) {
  test(`debrisReason(${JSON.stringify(line)}) is ${reason}`, () => {
    expect(debrisReason(line)).toBe(reason)
  })
}

const BYLINES: [line: string, reason: string | undefined][] = [
  ['By Jane Doe', 'author'],
  ['By Jane Doe and Ali Khan | Reuters', 'author'],
  ['BY KENJI SATO in Tokyo', 'author'],
  ['Reuters staff', 'author'],
  ['Staff reporter', 'author'],
  ['(Reporting by Jane Doe; Editing by Ali Khan)', 'credit'],
  ['Published 5 April 2023', 'date stamp'],
  ['Updated: 12:30 BST, 6 April 2023', 'date stamp'],
  ['April 5, 2023 10:32 AM GMT', 'date stamp'],
  ['Wed 5 Apr 2023 12.00 BST', 'date stamp'],
  ['By the end of Tuesday, troops had left', undefined],
  ['By Monday', undefined],
  ['BRUSSELS, April 5 (Reuters) -', undefined],
  ['Finland joined NATO on 4 April 2023', undefined],
]
for (const [line, reason] of BYLINES) {
  test(`bylineReason(${JSON.stringify(line)}) is ${reason}`, () => {
    expect(bylineReason(line)).toBe(reason)
  })
}
