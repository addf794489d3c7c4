import { expect, test } from 'vitest'
import type { Doc } from '../../document.js'
import { analyze } from '../../run.js'

// the whole pipeline with the real KB: its people files hold the office holders these sentences name

function run(text: string): Doc {
  return analyze({ id: 't', text, published: '2024-03-01', source: { kind: 'text', path: 't' } })
}

function entityOf(doc: Doc, text: string): string | undefined {
  const mention = doc.mentions.find((m) => m.text === text)
  if (!mention) throw new Error(`no mention "${text}" in ${JSON.stringify(doc.mentions.map((m) => m.text))}`)
  return mention.entity
}

function events(doc: Doc): string[] {
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo}`)
}

test('a description naming a country is not the last person of another country', () => {
  const doc = run('Putin met the French president in Moscow.')
  expect(entityOf(doc, 'the French president')).toBeUndefined()
  expect(events(doc)).toContain('RUS>FRA 040')
})

test('a description naming a country links to the last person holding its office', () => {
  const visit = run('Macron arrived in Berlin. The French president met Scholz.')
  expect(entityOf(visit, 'The French president')).toBe('person:emmanuel-macron')
  const talks = run('Lavrov met Macron. The Russian foreign minister left for Ankara.')
  expect(entityOf(talks, 'The Russian foreign minister')).toBe('person:sergei-lavrov')
})

test('a description naming no country still takes the last person', () => {
  expect(entityOf(run('Putin met Xi Jinping. The president left for Beijing.'), 'The president')).toBeDefined()
})
