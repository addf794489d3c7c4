import { expect, test } from 'vitest'
import { analyze } from '../run.js'

/**
 * Issue 10 (roles, third round) over the whole pipeline with the real KB: sentences of our own in wire style. Each
 * case lists every event the sentence must code ("SRC>TGT CODE modality"), or those it must and must not code.
 */
function coded(text: string): string[] {
  const doc = analyze({ id: 't', text, published: '2023-05-10', source: { kind: 'text', path: 't' } })
  return doc.events.map((e) => `${e.source?.entity ?? '-'}>${e.target?.entity ?? '-'} ${e.cameo} ${e.modality}`)
}

// a natural disaster, a disease or an accident is no actor: what it does is no event, and the place it struck is
// neither its source nor a target of anyone's
const NO_AGENT: string[] = [
  'An earthquake killed 300 people in western Turkey.',
  'A powerful earthquake in eastern Turkey killed 40 people.',
  'A cyclone killed dozens of people in Bangladesh.',
  'Cholera has killed more than 200 people in Haiti.',
  'The Ebola outbreak has killed 2,000 people in Congo.',
  'Monsoon rains killed 50 people in India.',
  'Heavy flooding killed dozens of Nigerians.',
  'The storm destroyed hundreds of homes in the Philippines.',
  'A bus accident killed 15 Kenyan pilgrims.',
  'A train crash killed 30 people in India.',
  'A stampede killed 20 pilgrims in Saudi Arabia.',
  'A landslide buried a village in Nepal, killing 40 people.',
  'A ferry sank off Indonesia, killing 30 people.',
  'Dozens of Afghans were killed in the earthquake.',
]

for (const text of NO_AGENT) {
  test(`issue 10 roles: a disaster, disease or accident codes nothing: ${JSON.stringify(text)}`, () => {
    expect(coded(text)).toEqual([])
  })
}

type Case = [text: string, present: string[], absent: string[]]

// actors keep coding, with or without a place, and so does an unnamed hand of violence
const ACTORS: Case[] = [
  ['Russian forces shelled Kharkiv.', ['RUS>UKR 194 asserted'], []],
  ['Israeli troops killed two Palestinians in Jenin.', ['ISR>PSE 180 asserted'], []],
  ['Police killed three protesters in Nairobi.', ['->KEN 180 asserted'], []],
  ['A roadside bomb near Samarra killed two Iraqi soldiers.', ['IRQ>IRQ 190 asserted'], []],
  ['Ukraine sank a Russian warship, killing 40 sailors.', ['UKR>RUS 190 asserted', 'UKR>- 180 asserted'], []],
  ['Turkey sent rescue teams to Syria after the earthquake.', ['TUR>SYR 073 asserted'], []],
]

for (const [text, present, absent] of ACTORS) {
  test(`issue 10 roles: an actor still acts: ${JSON.stringify(text)}`, () => {
    const events = coded(text)
    for (const event of present) expect(events, text).toContain(event)
    for (const event of absent) expect(events, text).not.toContain(event)
  })
}
