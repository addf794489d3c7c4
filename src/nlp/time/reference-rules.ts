/**
 * TIMEX3 references: "now" → PRESENT_REF, "recently" → PAST_REF, "in the future" → FUTURE_REF. Only the
 * phrases news gold annotates reliably; "soon", "previously" and "once" are left alone.
 */
import { type Rule, fromMatch } from './candidate.js'

function reference(name: string, triggers: readonly string[], pattern: RegExp, value: string): Rule {
  return {
    name,
    triggers,
    pattern,
    build: (match) => fromMatch(match, { type: 'DATE', precision: 'reference', value }),
  }
}

export const REFERENCE_RULES: readonly Rule[] = [
  // not "now-defunct" or "now that"
  reference(
    'present',
    ['now', 'currently', 'presently', 'nowaday', 'present', 'day'],
    /\b(?:now(?![-\u2010\u2011]| that\b)|currently|presently|nowadays|at present|these days)\b/gi,
    'PRESENT_REF',
  ),
  reference(
    'past',
    ['recently', 'lately', 'past', 'recent'],
    /\b(?:(?:more|most|very|only|until) )?recently\b|\blately\b|(?<=\bin )the (?:recent |distant )?past\b|\brecent (?:years|months|weeks|days)\b/gi,
    'PAST_REF',
  ),
  reference(
    'future',
    ['future'],
    /(?<=\bin )the (?:near |distant |foreseeable )?future\b|\bthe (?:near|foreseeable) future\b/gi,
    'FUTURE_REF',
  ),
]
