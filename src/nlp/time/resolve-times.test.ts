import { expect, test } from 'vitest'
import { type Diagnostic, type Doc, type TimeExpression, docOf } from '../../document.js'
import { resolveTimes } from './resolve-times.js'

const WEDNESDAY = '2023-04-05'
const THURSDAY = '2023-04-06'
const SATURDAY = '2023-04-01'

function body(text: string, published?: string): Doc {
  return docOf(text, { ...(published ? { published } : {}), zones: [{ start: 0, end: text.length, kind: 'body' }] })
}

function times(doc: Doc, diagnostics: Diagnostic[] = []): TimeExpression[] {
  const found = resolveTimes.run(doc, { report: (d) => diagnostics.push(d) }).times ?? []
  for (const time of found) expect(time.text).toBe(doc.text.slice(time.start, time.end))
  return found
}

// [text, published, [span text, value][]]
const CASES: [string, string, [string, string][]][] = [
  // weekdays look back, unless the clause speaks of the future
  ['The minister said on Wednesday that talks went well.', WEDNESDAY, [['Wednesday', '2023-04-05']]],
  ['The minister said on Wednesday that talks went well.', THURSDAY, [['Wednesday', '2023-04-05']]],
  ['Officials met late Thursday in Geneva.', WEDNESDAY, [['late Thursday', '2023-03-30']]],
  ['The envoys will meet on Friday in Oslo.', WEDNESDAY, [['Friday', '2023-04-07']]],
  ['The summit is scheduled to open on Monday.', WEDNESDAY, [['Monday', '2023-04-10']]],
  ['They hope to sign next Friday.', WEDNESDAY, [['next Friday', '2023-04-07']]],
  ['The strike ended last Wednesday.', WEDNESDAY, [['last Wednesday', '2023-03-29']]],
  // a month name takes "last" and "next" as a weekday does: the latest one wholly past, the first wholly ahead
  ['Beijing cut the channels last August.', '2023-06-19', [['last August', '2022-08']]],
  ['Beijing cut the channels last August.', '2023-09-10', [['last August', '2023-08']]],
  ['They meet again next August.', '2023-09-10', [['next August', '2024-08']]],
  // relative units and day words
  [
    'Trade grew this year after falling last year.',
    WEDNESDAY,
    [
      ['this year', '2023'],
      ['last year', '2022'],
    ],
  ],
  [
    'Prices rose last month and again this week.',
    WEDNESDAY,
    [
      ['last month', '2023-03'],
      ['this week', '2023-W14'],
    ],
  ],
  [
    'He left yesterday, speaks today and flies tomorrow.',
    WEDNESDAY,
    [
      ['yesterday', '2023-04-04'],
      ['today', '2023-04-05'],
      ['tomorrow', '2023-04-06'],
    ],
  ],
  ['Ties were cut earlier this month.', WEDNESDAY, [['earlier this month', '2023-04']]],
  ['Elections are due next year.', WEDNESDAY, [['next year', '2024']]],
  ['The deal was struck three weeks ago.', WEDNESDAY, [['three weeks ago', '2023-W11']]],
  // written dates keep their precision; a missing year is the latest one
  ['The war began in February 2022.', WEDNESDAY, [['February 2022', '2022-02']]],
  ['The accord was signed on February 5.', WEDNESDAY, [['February 5', '2023-02-05']]],
  ['The ceasefire collapsed in December.', WEDNESDAY, [['December', '2022-12']]],
  ['Finland joined on April 4, 2023.', SATURDAY, [['April 4, 2023', '2023-04-04']]],
  ['Visits resumed in 2022 after 2,000 troops left.', WEDNESDAY, [['2022', '2022']]],
  ['Arms sales peaked in the 1990s.', WEDNESDAY, [['the 1990s', '199X']]],
  [
    'Exports fell in the first quarter and in Q3 2022.',
    WEDNESDAY,
    [
      ['the first quarter', '2023-Q1'],
      ['Q3 2022', '2022-Q3'],
    ],
  ],
  ['Talks may resume this summer.', WEDNESDAY, [['this summer', '2023-SU']]],
  // times and parts of the day
  ['Shelling resumed on Friday evening.', WEDNESDAY, [['Friday evening', '2023-03-31TEV']]],
  ['The ministers spoke at 3 p.m. on the phone.', WEDNESDAY, [['3 p.m.', '2023-04-05T15:00']]],
  ['Troops crossed on Tuesday at 18:00 GMT.', WEDNESDAY, [['Tuesday at 18:00 GMT', '2023-04-04T18:00Z']]],
  // durations are not dates
  ['A two-day meeting ended.', WEDNESDAY, [['two-day', 'P2D']]],
  [
    'The truce held for three years, then for 90 days.',
    WEDNESDAY,
    [
      ['three years', 'P3Y'],
      ['90 days', 'P90D'],
    ],
  ],
  [
    'He was jailed for six months after talks lasting five hours.',
    WEDNESDAY,
    [
      ['six months', 'P6M'],
      ['five hours', 'PT5H'],
    ],
  ],
  ['Aid will flow over the next four years.', WEDNESDAY, [['the next four years', 'P4Y']]],
  ['The 55-year-old envoy met officials twice a week.', WEDNESDAY, [['a week', 'P1W']]],
  // references
  [
    'Both sides are now talking and currently share data.',
    WEDNESDAY,
    [
      ['now', 'PRESENT_REF'],
      ['currently', 'PRESENT_REF'],
    ],
  ],
  [
    'Relations recently improved, as in the past.',
    WEDNESDAY,
    [
      ['recently', 'PAST_REF'],
      ['the past', 'PAST_REF'],
    ],
  ],
  ['Sanctions may be lifted in the future.', WEDNESDAY, [['the future', 'FUTURE_REF']]],
  // offsets from a dated thing in the text, never from the published date
  [
    'The talks resumed in Oslo on Wednesday, which was a day after the ceasefire took hold.',
    WEDNESDAY,
    [
      ['Wednesday', '2023-04-05'],
      // the length it writes, as TimeML marks it; the coder dates the ceasefire from Wednesday
      ['a day', 'P1D'],
    ],
  ],
  [
    'The talks opened on March 2. Two days later they collapsed.',
    WEDNESDAY,
    [
      ['March 2', '2023-03-02'],
      ['Two days later', '2023-03-04'],
    ],
  ],
]

for (const [text, published, expected] of CASES) {
  test(`resolveTimes reads ${JSON.stringify(text)} published ${published}`, () => {
    expect(times(body(text, published)).map((t) => [t.text, t.value])).toEqual(expected)
  })
}

test('types and precisions follow TIMEX3', () => {
  const found = times(body('On Wednesday a two-day meeting began; Monday morning it is now over.', WEDNESDAY))
  expect(found.map((t) => [t.type, t.precision, t.anchor])).toEqual([
    ['DATE', 'day', 'published'],
    ['DURATION', 'duration', undefined],
    ['TIME', 'time', 'published'],
    ['DATE', 'reference', undefined],
  ])
})

test('"a day after" with no dated thing nearby is the length it names (as TimeML marks it), never published + 1', () => {
  const diagnostics: Diagnostic[] = []
  const found = times(
    body('The talks began a day after the vote. Three years after its founding, it is gone.', WEDNESDAY),
    diagnostics,
  )
  expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
    ['a day', 'DURATION', 'P1D'],
    ['Three years', 'DURATION', 'P3Y'],
  ])
  expect(diagnostics).toEqual([])
})

test('"a day before" a dated thing is its length, "two days later than scheduled" a date; "the next day" follows', () => {
  const found = times(
    body(
      'They met on April 4, 2023, a day before the vote. The next day they left, two days later than scheduled.',
      WEDNESDAY,
    ),
  )
  expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
    ['April 4, 2023', 'DATE', '2023-04-04'],
    ['a day', 'DURATION', 'P1D'],
    ['The next day', 'DATE', '2023-04-05'],
    ['two days later', 'DATE', '2023-04-05'],
  ])
  const diagnostics: Diagnostic[] = []
  const [alone] = times(body('The next day they left.', WEDNESDAY), diagnostics)
  expect(alone).toMatchObject({ text: 'The next day', type: 'DATE', resolved: false })
  expect(diagnostics).toMatchObject([{ code: 'time.unresolved', span: { start: 0, end: 12 } }])
})

test('without a published date, relative times keep their text but get no value; absolute ones resolve', () => {
  const diagnostics: Diagnostic[] = []
  const found = times(
    body('On Wednesday, last month and in February 2022, and on April 4, 2023, for two days.'),
    diagnostics,
  )
  expect(found.map((t) => [t.text, t.resolved, t.value, t.anchor])).toEqual([
    ['Wednesday', false, undefined, undefined],
    ['last month', false, undefined, undefined],
    ['February 2022', true, '2022-02', 'absolute'],
    ['April 4, 2023', true, '2023-04-04', 'absolute'],
    ['two days', true, 'P2D', undefined],
  ])
  expect(diagnostics).toMatchObject([{ severity: 'warning', code: 'time.unresolved' }])
})

test('only headline and body zones are read', () => {
  const text = 'Talks resume Monday\nBy Ana Ruiz, Friday\nThey met on Tuesday.'
  const doc = docOf(text, {
    published: WEDNESDAY,
    zones: [
      { start: 0, end: 19, kind: 'headline' },
      { start: 20, end: 39, kind: 'byline' },
      { start: 40, end: text.length, kind: 'body' },
    ],
  })
  expect(times(doc).map((t) => t.text)).toEqual(['Monday', 'Tuesday'])
})

test('counts, money and model numbers are not years', () => {
  expect(times(body('It paid $2014 for 1999 tonnes of the A330-2000 and 2010 people.', WEDNESDAY))).toEqual([])
})

test('"may" the verb and "Pixel 4 a" are not dates', () => {
  expect(times(body('Shops may sell buyers of the Pixel 4 a spare charger.', WEDNESDAY))).toEqual([])
})

test('a dateline is read as a time expression; an author byline is not', () => {
  const text = 'Talks resume\nMarch 01, 2008\nBy Ana Ruiz, Friday\nThey met on Tuesday.'
  const doc = docOf(text, {
    published: WEDNESDAY,
    zones: [
      { start: 0, end: 12, kind: 'headline' },
      { start: 13, end: 27, kind: 'byline', reason: 'date stamp' },
      { start: 28, end: 47, kind: 'byline', reason: 'byline' },
      { start: 48, end: text.length, kind: 'body' },
    ],
  })
  expect(times(doc).map((t) => t.text)).toEqual(['March 01, 2008', 'Tuesday'])
})
