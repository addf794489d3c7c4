import { expect, test } from 'vitest'
import type { Doc, Zone } from '../document.js'
import { codeEvents } from './code.js'
import { describedCountry, homeCountry } from '../nlp/syntax/index.js'
import { loadKb } from '../kb/index.js'

const kb = loadKb()
import { packageResources, testDoc, type TestDocOptions } from './test-helpers.js'

/** A test doc whose paragraphs (and an optional headline) are separated by blank lines. */
function paragraphsDoc(parts: string[], options: TestDocOptions = {}, headline = false): Doc {
  const text = parts.join('\n\n')
  const doc = testDoc(text, options)
  let start = 0
  const zones: Zone[] = parts.map((part, i) => {
    const zone: Zone = { start, end: start + part.length, kind: headline && i === 0 ? 'headline' : 'body' }
    start += part.length + 2
    return zone
  })
  return { ...doc, zones }
}

function summary(doc: Doc): string[] {
  return codeEvents(doc, packageResources()).map(
    (e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo}${e.date ? ` ${e.date.value}` : ''}`,
  )
}

test('a headline event repeated in the body is one event, with the body evidence and date', () => {
  const doc = paragraphsDoc(
    ['Japan welcomes NATO', 'Japan welcomes NATO on Wednesday, Hayashi said.'],
    { times: [{ text: 'on Wednesday', value: '2023-04-05' }] },
    true,
  )
  const events = codeEvents(doc, packageResources())
  expect(events.map((e) => [e.cameo, e.date?.value, doc.text.slice(e.evidence.start, e.evidence.end)])).toEqual([
    ['051', '2023-04-05', 'Japan welcomes NATO'],
  ])
  expect(events[0]?.evidence.start).toBeGreaterThan(20)
})

test('an undated event inherits the date of the narrative: same paragraph, or an earlier sentence with an actor in common', () => {
  const times = { times: [{ text: 'on Monday', value: '2023-03-13' }] }
  const same = paragraphsDoc(['Biden met Macron on Monday. France later signed a deal with Italy.'], times)
  expect(summary(same)).toEqual(['USA>FRA 040 2023-03-13', 'FRA>ITA 057 2023-03-13'])
  const shared = paragraphsDoc(['Biden met Macron on Monday.', 'Biden also praised Germany.'], times)
  expect(summary(shared)).toEqual(['USA>FRA 040 2023-03-13', 'USA>DEU 051 2023-03-13'])
  const unrelated = paragraphsDoc(['Biden met Macron on Monday.', 'India criticized Pakistan.'], times)
  expect(summary(unrelated)).toEqual(['USA>FRA 040 2023-03-13', 'IND>PAK 111'])
})

test('a date shifted by "a day after" does not date the narrative that follows', () => {
  // the meeting names its other side: "NATO met on Friday" alone, beside Sweden, is no event (a meeting is with someone)
  const text =
    'NATO met Japan on Friday, a day after Sweden became a member of the alliance. Sweden also praised Japan.'
  const doc = paragraphsDoc([text], { times: [{ text: 'on Friday', value: '2024-03-08' }] })
  expect(summary(doc)).toEqual(['NATO>JPN 040 2024-03-08', 'SWE>NATO 057 2024-03-07', 'SWE>JPN 051 2024-03-08'])
})

test('a stated event does not take a narrative date after publication; an intended one may', () => {
  const text = 'Finland will join NATO on January 1, 2024. Sweden praised Finland.'
  const times = [{ text: 'on January 1, 2024', value: '2024-01-01' }]
  expect(summary(paragraphsDoc([text], { times, published: '2023-08-24' }))).toEqual([
    'FIN>NATO 030 2024-01-01',
    'SWE>FIN 051',
  ])
  // published later, the date is in the past and the narrative carries it
  expect(summary(paragraphsDoc([text], { times, published: '2024-02-01' }))).toEqual([
    'FIN>NATO 030 2024-01-01',
    'SWE>FIN 051 2024-01-01',
  ])
})

test('a later paragraph continues the dated lead, not the background between', () => {
  const doc = paragraphsDoc(
    [
      'MOSCOW — Russia criticized the United States on Tuesday.',
      'Russia accused the United States in August last year. Turkey had condemned Russia.',
      'Washington condemned Russia.',
      'Japan praised Britain.',
      'It happened months after Russia invaded Ukraine.',
    ],
    {
      published: '2023-02-22',
      times: [
        { text: 'on Tuesday', value: '2023-02-21' },
        { text: 'in August last year', value: '2022-08' },
      ],
    },
  )
  expect(summary(doc)).toEqual([
    'RUS>USA 111 2023-02-21',
    'RUS>USA 112 2022-08',
    // the past perfect is background: it keeps the nearest anchor
    'TUR>RUS 111 2022-08',
    // shares an actor with the lead: the story's date, not the background's; Japan and Britain are not in it
    'USA>RUS 111 2023-02-21',
    'JPN>GBR 051',
    // the event of a time clause dates something else
    'RUS>UKR 192',
  ])
})

test('a reaction to "the move" targets the doer of the lead event and takes its date', () => {
  const doc = paragraphsDoc(['Finland joined NATO on Tuesday.', 'Russia condemned the move.'], {
    times: [{ text: 'on Tuesday', value: '2023-04-04' }],
  })
  expect(summary(doc)).toEqual(['FIN>NATO 057 2023-04-04', 'RUS>FIN 111 2023-04-04'])
  const [, reaction] = codeEvents(doc, packageResources())
  expect(doc.text.slice(reaction?.evidence.start, reaction?.evidence.end)).toBe('Russia condemned the move')
})

test('a reaction names no event: an earlier event of its own sentence comes before the story lead', () => {
  const story = paragraphsDoc([
    'Turkey summoned the Swedish ambassador.',
    'Venezuela expelled the Spanish ambassador after Madrid criticised the election.',
  ])
  expect(summary(story)).toEqual(['TUR>SWE 110', 'VEN>ESP 161', 'ESP>VEN 111'])
  // an event after the reaction is not what it reacts to: the lead stays
  expect(
    summary(paragraphsDoc(['Finland joined NATO.', 'Russia condemned the move and Belarus recalled its envoy.'])),
  ).toContain('RUS>FIN 111')
})

test('a reaction names an earlier event by the noun of its verb: "the invasion" of "invaded", "the seizure" of "seized"', () => {
  // the nearer event of the reaction's own sentence is not what the noun names
  const invasion = summary(
    paragraphsDoc(['Russia invaded Ukraine.', 'Germany sent aid to Poland as France condemned the invasion.']),
  )
  expect(invasion).toContain('FRA>RUS 111')
  expect(invasion).not.toContain('FRA>DEU 111')
  const seizure = summary(
    paragraphsDoc([
      'Iran seized an oil tanker in the Gulf.',
      'Britain summoned the Iranian envoy as the United States condemned the seizure.',
    ]),
  )
  expect(seizure).toContain('USA>IRN 111')
  expect(seizure).not.toContain('USA>GBR 111')
  // a noun that is no verb's own noun ("the election") still refers to the nearer event: the test above
})

test('a reaction names a recent event by its own word: "condemned the strikes"', () => {
  const text =
    'Britain and France carried out strikes on Syria. Japan imposed sanctions on Iran. Russia condemned the strikes.'
  expect(summary(paragraphsDoc([text]))).toEqual([
    'GBR>SYR 190',
    'FRA>SYR 190',
    'JPN>IRN 163',
    'RUS>GBR 111',
    'RUS>FRA 111',
  ])
})

test('"alongside" and "together with" join a co-actor to the subject, not to the target', () => {
  expect(summary(paragraphsDoc(['Sweden applied to join NATO alongside Finland.']))).toEqual([
    'SWE>NATO 022',
    'FIN>NATO 022',
  ])
})

test('a protest with no target is aimed at the protesters’ own country', () => {
  expect(summary(paragraphsDoc(['Kenyan farmers staged a protest outside parliament.']))).toEqual(['KEN>KEN 141'])
})

test('an object that stands for no country leaves the target open: "strikes on rebel sites"', () => {
  const doc = paragraphsDoc(['The United States carried out air and missile strikes on rebel sites.'])
  expect(summary(doc)).toEqual(['USA>- 195'])
  expect(summary(paragraphsDoc(['Syrian guards killed two men.']))).toEqual(['SYR>- 180'])
})

test('every event of a list carries the same evidence clause, to the end of the object', () => {
  const doc = paragraphsDoc(['Canada and Japan imposed new sanctions on Iran and Syria over the program.'])
  const spans = codeEvents(doc, packageResources()).map((e) => doc.text.slice(e.evidence.start, e.evidence.end))
  expect(new Set(spans)).toEqual(new Set(['Canada and Japan imposed new sanctions on Iran and Syria']))
  expect(spans).toHaveLength(4)
})

test('an unnamed official acts for the country their description names; a KB person for their home country', () => {
  expect(describedCountry(kb, 'the Iraqi foreign minister')).toBe('IRQ')
  expect(describedCountry(kb, 'a South Korean official')).toBe('KOR')
  expect(describedCountry(kb, 'the Georgian envoy')).toBeUndefined()
  expect(describedCountry(kb, 'the foreign minister')).toBeUndefined()
  expect(homeCountry(kb, 'person:vladimir-putin')).toBe('RUS')
  const base = paragraphsDoc(['The Iraqi foreign minister visited Turkey.'])
  const text = 'The Iraqi foreign minister'
  const doc: Doc = {
    ...base,
    mentions: [
      { id: 'd1', start: 0, end: text.length, text, type: 'PERSON', form: 'description', confidence: 0 },
      ...base.mentions.filter((m) => m.start >= text.length),
    ],
  }
  expect(summary(doc)).toEqual(['IRQ>TUR 042'])
})
