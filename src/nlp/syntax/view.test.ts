import { expect, test } from 'vitest'
import { packageResources, testDoc } from '../../coding/test-helpers.js'
import { viewOf, wordsOf } from './index.js'

test('a later stage seeing the same layers reads the view handed on with the document, with its own document', () => {
  const { kb, lexicon } = packageResources()
  const words = wordsOf(lexicon)
  expect(wordsOf(lexicon)).toBe(words)
  const doc = testDoc('Japan imposed sanctions on Russia on Monday.')
  const first = viewOf(doc, kb, words)
  // not handed on: built anew (no view is kept anywhere but on the document)
  expect(viewOf(doc, kb, words).actorStart).not.toBe(first.actorStart)
  const later = { ...doc, events: [], view: first }
  const again = viewOf(later, kb, words)
  expect(again.doc).toBe(later)
  expect(again.actorStart).toBe(first.actorStart)
  expect([...again.actorStart.values()].map((s) => s.ref.entity)).toEqual(['JPN', 'RUS'])
  // other entities: the view is built anew
  const relinked = { ...doc, view: first, entities: doc.entities.filter((e) => e.id !== 'RUS') }
  const fresh = viewOf(relinked, kb, words)
  expect(fresh.actorStart).not.toBe(first.actorStart)
})
