import { expect, test } from 'vitest'
import type { Doc } from '../../document.js'
import { analyze } from '../../run.js'

function run(text: string): Doc {
  return analyze({ id: 't', text, published: '2014-01-15', source: { kind: 'text', path: 't' } })
}

function linked(doc: Doc): [string, string | undefined][] {
  return doc.mentions.map((m) => [m.text, m.entity])
}

test('issue 14: "General Motors" is one known company, not the title "General" and an organization "Motors"', () => {
  const doc = run('General Motors said on Tuesday that it had picked a new chief executive.')
  expect(doc.mentions[0]).toMatchObject({ text: 'General Motors', type: 'ORGANIZATION', entity: 'GM' })
  expect(doc.mentions.some((m) => m.text === 'General' || m.text === 'Motors')).toBe(false)
})

test('issue 14: "its" agrees with the subject, not with a country inside the apposition after it', () => {
  const inside = run(
    'General Motors, the largest carmaker in the United States, named Mary Barra as its new chief executive on Tuesday.',
  )
  expect(linked(inside)).toContainEqual(['its', 'GM'])
  const modifier = run(
    'General Motors, the largest U.S. carmaker, on Tuesday named Mary Barra as its new chief executive.',
  )
  expect(linked(modifier)).toContainEqual(['its', 'GM'])
  // a clause with a verb is no apposition: the last country before "its" still owns it
  const clause = run('The G7 countries have imposed sanctions on Russia over its invasion of Ukraine.')
  expect(linked(clause)).toContainEqual(['its', 'RUS'])
})
