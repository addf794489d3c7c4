import { expect, test } from 'vitest'
import type { EvidenceResult, EventRow } from './index.js'
import { renderEvents, renderEvidence } from './render.js'

const HOSTILE = '\x1b]0;owned\x07'

const evidence: EvidenceResult = {
  event: 'a1:event-1',
  cluster: null,
  cameo: '057',
  source: 'JPN',
  target: 'PHL',
  date: '2024-03-04',
  reports: [
    {
      event: 'a1:event-1',
      article: {
        id: 'a1',
        title: `${HOSTILE}Pact`,
        url: 'https://news.example/a\x1b[2J',
        published: '2024-03-04',
        source: '{}',
      },
      nearDuplicateOf: null,
      sentence: { text: 'Japan signed\u202e a pact\x9b31m.', start: 0, end: 29 },
      evidence: { start: 0, end: 12, text: 'Japan signed' },
      trigger: { start: 6, end: 12, text: 'signed' },
    },
  ],
}

test('issue 14: query evidence prints no control character from the article, piped or on a terminal', () => {
  const piped = renderEvidence(evidence, false)
  expect(piped).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/) // eslint-disable-line no-control-regex
  expect(piped).toContain('\\x1b]0;owned\\x07Pact')
  expect(piped).toContain('[Japan signed]\\u202e a pact\\x9b31m.')
  const tty = renderEvidence(evidence, true)
  // only the underline and bold the renderer adds itself
  expect(tty.replace(/\x1b\[(4|1|22|24)m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/) // eslint-disable-line no-control-regex
})

test('issue 14: query events prints the evidence of a hostile article escaped', () => {
  const row: EventRow = {
    id: 'a1:event-1',
    article: 'a1',
    source: 'JPN',
    target: 'PHL',
    cameo: '057',
    plover: 'AGREE',
    quad: 1,
    goldstein: 8,
    negated: false,
    modality: 'asserted',
    date: '2024-03-04',
    datePrecision: 'day',
    confidence: 0.9,
    cluster: null,
    nearDuplicateOf: null,
    evidence: `Japan ${HOSTILE}signed`,
  }
  expect(renderEvents([row])).toBe('  2024-03-04  JPN → PHL  057  a1:event-1\n      "Japan \\x1b]0;owned\\x07signed"\n')
})
