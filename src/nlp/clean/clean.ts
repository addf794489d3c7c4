import type { Doc, Zone, ZoneKind } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { bylineReason, debrisReason, isHeadlineLike } from './line-rules.js'
import { linesOf, normalizeLine, type Line } from './lines.js'

interface Verdict {
  kind: ZoneKind
  reason?: string
}

/**
 * Marks every non-blank line as headline, byline, body or debris. Nothing is deleted; consecutive body lines
 * of one paragraph form one zone, so a hard-wrapped sentence stays whole for the segmenter.
 */
export const clean: Stage = {
  name: 'clean',
  needs: [],
  adds: ['zones'],
  run(doc, ctx) {
    const zones = markZones(doc)
    if (!zones.some((zone) => zone.kind === 'body')) {
      ctx.report({
        severity: 'warning',
        code: 'clean.no-body',
        message: 'No body text found: every line is a headline, byline or debris',
      })
    }
    return { zones }
  },
}

/** The zones of a document's text, in text order. */
export function markZones(doc: Pick<Doc, 'text' | 'title'>): Zone[] {
  const lines = linesOf(doc.text)
  const preliminary = lines.map((line) => lineVerdict(line.text))
  const headline = findHeadline(lines, preliminary, doc.title)
  const headlineKey = headline === undefined ? undefined : normalizeLine(lines[headline]?.text ?? '')
  const zones: Zone[] = []
  lines.forEach((line, index) => {
    const verdict: Verdict =
      index === headline
        ? { kind: 'headline' }
        : headlineKey && mayNormalizeTo(line.text, headlineKey) && normalizeLine(line.text) === headlineKey
          ? { kind: 'debris', reason: 'repeated headline' }
          : (preliminary[index] ?? { kind: 'body' })
    const last = zones.at(-1)
    const previous = lines[index - 1]
    if (
      verdict.kind === 'body' &&
      last?.kind === 'body' &&
      previous?.paragraph === line.paragraph &&
      last.end === previous.end
    ) {
      zones[zones.length - 1] = { ...last, end: line.end }
    } else {
      zones.push({ start: line.start, end: line.end, ...verdict })
    }
  })
  return zones
}

/**
 * False when `normalizeLine(text)` cannot be `key`, known without normalizing: an ASCII line keeps each of its
 * letters and digits, so one with more of them than the key has characters is longer than the key. Body lines
 * are long, and this spares normalizing each of them only to compare it with a short headline.
 */
function mayNormalizeTo(text: string, key: string): boolean {
  let kept = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code > 127) return true
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) kept++
  }
  return kept <= key.length
}

/** Debris and bylines by their own rules; everything else is body until the headline is chosen. */
function lineVerdict(text: string): Verdict {
  const debris = debrisReason(text)
  if (debris) return { kind: 'debris', reason: debris }
  const byline = bylineReason(text)
  if (byline) return { kind: 'byline', reason: byline }
  return { kind: 'body' }
}

/**
 * The headline: the line equal to the given title, else the first line that is neither debris nor byline when it
 * is short and does not end like a sentence (and is not the first line of a hard-wrapped paragraph).
 */
function findHeadline(
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  title: string | undefined,
): number | undefined {
  if (title) {
    const key = normalizeLine(title)
    const index = lines.findIndex((line) => normalizeLine(line.text) === key)
    if (index !== -1) return index
  }
  const first = verdicts.findIndex((verdict) => verdict.kind === 'body')
  const line = lines[first]
  if (!line || !isHeadlineLike(line.text)) return undefined
  const next = lines[first + 1]
  const wrapped = next !== undefined && next.paragraph === line.paragraph && /^\p{Ll}/u.test(next.text)
  return wrapped ? undefined : first
}
