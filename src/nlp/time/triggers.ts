/**
 * Speed: one pass over a paragraph's words picks the rules worth running on it, so that a paragraph with no
 * time word costs one scan instead of one per rule.
 */
import type { Rule } from './candidate.js'
import { type Window, addWindow } from './windows.js'
import { matchesOf } from './matches.js'

/** The key a word is looked up by: lower case without a plural s; "#year", "#decade", "#q" for 2022, 1990s, Q1. */
export function triggerKey(word: string): string {
  const first = word.charCodeAt(0)
  if (first <= 57) {
    if (word.length === 4 && (first === 49 || first === 50)) return '#year'
    return word.endsWith('0s') ? '#decade' : ''
  }
  if (word.length === 2 && first === 81) return '#q'
  const lower = word.toLowerCase()
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower
}

/** A rule worth running on a text, with the stretches around its trigger words where its pattern can match. */
export interface Selected {
  readonly rule: Rule
  readonly windows: Window[]
}

/**
 * Returns a function that lists, in rule order, the rules whose trigger words occur in a text, each with the
 * stretches around those words (every pattern holds one of its rule's trigger words).
 */
export function ruleSelector(rules: readonly Rule[]): (text: string) => Selected[] {
  const byKey = new Map<string, number[]>()
  rules.forEach((rule, index) => {
    for (const key of rule.triggers) byKey.set(key, [...(byKey.get(key) ?? []), index])
  })
  // one alternation of the trigger words is faster to scan than every word of the text
  const words = [...byKey.keys()].filter((key) => !key.startsWith('#'))
  const pattern = new RegExp(`\\b(?:(?:${words.join('|')})s?|[12]\\d{3}|\\d*0s|Q[1-4])\\b`, 'gi')
  return (text) => {
    const hit = new Map<number, Window[]>()
    for (const match of matchesOf(pattern, text)) {
      const end = match.index + match[0].length
      for (const index of byKey.get(triggerKey(match[0])) ?? []) {
        let windows = hit.get(index)
        if (!windows) hit.set(index, (windows = []))
        addWindow(windows, text, match.index, end)
      }
    }
    return [...hit.keys()].sort((a, b) => a - b).map((index) => ({ rule: rules[index]!, windows: hit.get(index)! }))
  }
}
