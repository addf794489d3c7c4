import { OFFSET_RULES } from './duration-rules.js'
import { matchesOf } from './matches.js'

/**
 * The signed offset a relative time expression names, from the dated thing it hangs on to itself:
 * "a day after" → "P1D", "two weeks earlier" → "-P2W", "the previous day" → "-P1D"; undefined for other text.
 * With `shiftDate` a coder can date the thing: the event a day after which Wednesday fell is Wednesday − P1D.
 */
export function relativeOffset(text: string): string | undefined {
  for (const rule of OFFSET_RULES) {
    for (const match of matchesOf(rule.pattern, text.trim())) {
      if (match.index === 0 && match[0].length === text.trim().length) return rule.build(match, text)?.relative?.offset
    }
  }
  return undefined
}
