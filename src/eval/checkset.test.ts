import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { readGoldDir } from './read-gold.js'
import type { GoldEvent } from './gold.js'

/**
 * The check set (data/checkset) measures whether the coder generalizes, so a broken gold file must fail here and
 * not silently shift the figure: every file reads with the gold reader, every CAMEO code is one of the codebook's,
 * every actor is a country or organization id the format allows, and every evidence is words of the text.
 */
const DIR = 'data/checkset'
const docs = readGoldDir(DIR)

const cameoCodes = new Set(
  (JSON.parse(readFileSync('data/coding/cameo.json', 'utf8')) as { codes: { code: string }[] }).codes.map(
    (entry) => entry.code,
  ),
)
const countries = new Set(
  (createRequire(import.meta.url)('world-countries/countries.json') as { cca3: string }[]).map((c) => c.cca3),
)
const organizations = new Set(
  (JSON.parse(readFileSync('data/kb/organizations.json', 'utf8')) as { id: string }[]).map((org) => org.id),
)

function eventsOf(doc: (typeof docs)[number]): GoldEvent[] {
  return [...(doc.events ?? []), ...(doc.optional_events ?? [])]
}

describe('data/checkset', () => {
  test('holds a set large enough to measure with, with unique ids, dated and scored on events', () => {
    expect(docs.length).toBeGreaterThanOrEqual(60)
    expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length)
    for (const doc of docs) {
      expect(doc.published, doc.id).toMatch(/^(199\d|20[0-2]\d)-\d{2}-\d{2}$/)
      expect(doc.scored, doc.id).toEqual(['events'])
      expect(doc.events, doc.id).toBeDefined()
    }
  })

  test('every CAMEO code is one of the codebook (a typo fails here)', () => {
    for (const doc of docs) {
      for (const event of eventsOf(doc)) {
        expect(event.cameo?.length ?? 0, `${doc.id}: ${event.evidence}`).toBeGreaterThan(0)
        for (const code of event.cameo ?? []) expect(cameoCodes.has(code), `${doc.id}: ${code}`).toBe(true)
      }
    }
  })

  test('every actor is a country (ISO alpha-3) or a known organization id, or null with actors_unscored', () => {
    for (const doc of docs) {
      for (const event of eventsOf(doc)) {
        for (const side of [event.source, event.target]) {
          if (side === null || side === undefined) continue
          expect(countries.has(side) || organizations.has(side), `${doc.id}: ${side}`).toBe(true)
        }
        const sides = [event.source, event.target].filter((side) => side !== null && side !== undefined)
        if (sides.length === 0) expect(event.actors_unscored, `${doc.id}: an event with no actor`).toBe(true)
      }
    }
  })

  test("every event's evidence is words of its document's text", () => {
    for (const doc of docs) {
      for (const event of eventsOf(doc)) {
        expect(event.evidence, doc.id).toBeDefined()
        expect(doc.text.includes(event.evidence ?? ''), `${doc.id}: ${event.evidence}`).toBe(true)
      }
    }
  })
})
