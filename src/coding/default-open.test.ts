import { expect, test } from 'vitest'
import { codeEvents } from './code.js'
import { packageResources, testDoc } from './test-helpers.js'

function coded(text: string): string[] {
  return codeEvents(testDoc(text), packageResources()).map(
    (e) => `${e.source?.entity ?? '-'}→${e.target?.entity ?? '-'} ${e.cameo} ${e.rule}`,
  )
}

test('a default whose object stands for no actor seeks its target in the object phrase, never further on', () => {
  // "harass $TARGET?" is a default: the crews are no actor, the boats' country is the target
  expect(coded('Russia harassed the crews of several small fishing boats of Norway.')).toEqual([
    'RUS→NOR 170 harass $TARGET?',
  ])
  expect(coded('Russia harassed the crews of several small fishing boats near Norway.')).toEqual([
    'RUS→- 170 harass $TARGET?',
  ])
  // an actor right after the verb is still its target; a group at home is acted on at home, as with a plain entry
  expect(coded('Russia harassed Norway.')).toEqual(['RUS→NOR 170 harass $TARGET?'])
  expect(coded('China persecuted dissidents.')).toEqual(['CHN→CHN 170 persecute $TARGET?'])
})

test('a default that needs an actor as its object ("repel $TARGET") does not take a noun object', () => {
  expect(coded('The new coating repels barnacles and algae from the hulls of ships.')).toEqual([])
})
