import { describe, expect, test } from 'vitest'
import { titleOf } from './article.js'

const zones = (...list: [number, number, string][]) =>
  JSON.stringify(list.map(([start, end, kind]) => ({ start, end, kind })))

describe('titleOf', () => {
  const text = 'Japan and NATO sign a partnership\n\nTOKYO — Japan and NATO signed a programme on Monday.'
  test('a stored title wins over the headline zone', () => {
    expect(titleOf({ title: 'From the feed', text, zones: zones([0, 33, 'headline']) })).toBe('From the feed')
  })
  test('a text article without a title is titled by its headline line', () => {
    expect(titleOf({ title: null, text, zones: zones([0, 33, 'headline'], [35, 87, 'body']) })).toBe(
      'Japan and NATO sign a partnership',
    )
    expect(titleOf({ title: '  ', text, zones: zones([0, 33, 'headline']) })).toBe('Japan and NATO sign a partnership')
  })
  test('no headline zone: no title', () => {
    expect(titleOf({ title: null, text, zones: zones([0, 87, 'body']) })).toBeNull()
  })
  test('a paragraph taken for a headline is cut short', () => {
    const long = 'word '.repeat(100)
    const title = titleOf({ title: null, text: long, zones: zones([0, long.length, 'headline']) })
    expect(title?.length).toBeLessThanOrEqual(200)
    expect(title?.endsWith('…')).toBe(true)
  })
})
