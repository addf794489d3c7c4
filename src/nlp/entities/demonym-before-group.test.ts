import { expect, test } from 'vitest'
import { analyze } from '../../run.js'
import { mentionNamed, recognizeWithKb } from './test-helpers.js'

/**
 * A country's demonym written right before the name of a group the KB knows ("Lebanese Hezbollah", "Afghan
 * Taliban") says where the group is from; the group is still the actor, under its own KB code. A KB alias that
 * itself begins with a demonym ("Pakistani Taliban", "Free Syrian Army") stays one name.
 */
function coded(text: string): string[] {
  const doc = analyze({ id: 't', text, published: '2023-05-10', source: { kind: 'text', path: 't' } })
  const actor = (a?: { entity: string; group?: string }) => (a ? (a.group ?? a.entity) : '-')
  return doc.events.map((e) => `${actor(e.source)}>${actor(e.target)} ${e.cameo}`)
}

test.each([
  ['Lebanese Hezbollah fighters fired on Israeli troops near the border.', 'Hezbollah', 'HEZBOLLAH'],
  ['Afghan Taliban leaders met Pakistani officials in Doha on Tuesday.', 'Taliban', 'TALIBAN'],
  ['Palestinian Hamas militants fired rockets at southern Israel overnight.', 'Hamas', 'HAMAS'],
])('a demonym before a known group leaves the group its own mention: %s', (text, name, entity) => {
  const group = mentionNamed(recognizeWithKb(text), name)
  expect(group?.entity).toBe(entity)
})

test.each([
  ['Lebanese Hezbollah fighters fired on Israeli troops near the border.', 'HEZBOLLAH>ISR 190'],
  ['Afghan Taliban leaders met Pakistani officials in Doha on Tuesday.', 'TALIBAN>PAK 040'],
  ['Palestinian Hamas militants fired rockets at southern Israel overnight.', 'HAMAS>ISR 194'],
])('the group is the source of the event: %s', (text, event) => {
  expect(coded(text)).toContain(event)
})

test.each([
  ['Pakistani Taliban fighters attacked an army post in Khyber.', 'Pakistani Taliban'],
  ['Free Syrian Army units shelled government positions near Aleppo.', 'Free Syrian Army'],
])('a KB alias that begins with a demonym stays one name: %s', (text, name) => {
  expect(mentionNamed(recognizeWithKb(text), name)?.entity).toBeDefined()
})

test('a demonym before a title and a person still reads the person', () => {
  const doc = recognizeWithKb('Afghan President Hamid Karzai met Pakistani officials in Kabul.')
  expect(mentionNamed(doc, 'Hamid Karzai')?.type).toBe('PERSON')
  expect(coded('Afghan President Hamid Karzai met Pakistani officials in Kabul.')).toContain('AFG>PAK 040')
})
