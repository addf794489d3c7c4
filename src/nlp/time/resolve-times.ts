import type { TimeExpression, Zone } from '../../document.js'
import type { Stage } from '../../pipeline.js'
import { parseDay } from './calendar.js'
import { findTimes } from './find-times.js'

/**
 * Finds time expressions in the headline and body and resolves them against the published date. Without a
 * published date, relative ones ("last month") keep their text but get no value: today is never borrowed.
 */
export const resolveTimes: Stage = {
  name: 'time',
  needs: ['zones'],
  adds: ['times'],
  run(doc, ctx) {
    const published = doc.published === undefined ? undefined : parseDay(doc.published)
    const times: TimeExpression[] = doc.zones
      .filter((zone) => zone.kind === 'body' || zone.kind === 'headline' || isDateline(zone))
      .flatMap((zone) => findTimes(doc.text, zone, published))
      .sort((a, b) => a.start - b.start)
    const unresolved = times.filter((time) => !time.resolved)
    if (unresolved.length > 0 && published === undefined) {
      const why =
        doc.published === undefined
          ? 'the article has no published date'
          : `cannot read published date "${doc.published}"`
      ctx.report({
        severity: 'warning',
        code: 'time.unresolved',
        message: `Cannot resolve ${unresolved.length} relative time expressions: ${why}`,
      })
    } else {
      for (const time of unresolved) {
        ctx.report({
          severity: 'info',
          code: 'time.unresolved',
          span: { start: time.start, end: time.end },
          message: `Cannot resolve "${time.text}": no dated event nearby`,
        })
      }
    }
    return { times }
  },
}

/** A dateline or date stamp ("March 01, 2008", "Updated: 5 April 2023") is a time expression; an author byline is not. */
function isDateline(zone: Zone): boolean {
  return zone.kind === 'byline' && /date/i.test(zone.reason ?? '')
}
