import { test } from 'vitest'
import { checkRoles, type RoleCase } from './test-helpers.js'

/**
 * Issue 10 item 6, who acts in a clause of its own: a participle's agent ("armed by Iran") is never the main verb's
 * subject; "each other" and "one another" make the coordinated subjects act on one another.
 */

const CLAUSES: RoleCase[] = [
  // the agent of a participle between commas does not act in the main clause
  ['The rebels, armed by Iran, attacked Saudi Arabia.', ['->SAU 19 asserted'], ['IRN>SAU 19 asserted']],
  // reciprocal objects
  [
    'India and Pakistan accused each other of violating the ceasefire.',
    ['IND>PAK 11 asserted', 'PAK>IND 11 asserted'],
    ['IND>- 11 asserted'],
  ],
]

for (const item of CLAUSES) {
  test(`issue 10 roles (clauses of their own): ${JSON.stringify(item[0])}`, () => checkRoles(item))
}
