import { describe } from 'vitest'
import { codedCases } from './test-helpers.js'

/**
 * Issue 10 (roles: "war" as the first word of a compound), over the whole pipeline with the real KB. Sentences of our
 * own about real events; each `absent` event was coded before the entries' C_WAR_COMPOUND exclusion.
 */

describe('"war crimes in X", "war crimes against X" are no war on X (190)', () => {
  codedCases([
    ["Russia's war crimes in Ukraine shocked Europe.", '2022-04-05', [], ['RUS/RUS>UKR/UKR 19']],
    ["Russia's war crimes against Ukrainians shocked Europe.", '2022-04-05', [], ['RUS/RUS>UKR/UKR 19']],
    ['The ICC opened a war crimes investigation in Afghanistan.', '2020-03-05', [], ['->AFG/AFG 19']],
    // counter-sentences: the war itself
    ["Russia's war in Ukraine entered its third year.", '2024-02-24', ['RUS/RUS>UKR/UKR 19']],
    ['The Russian war against Ukraine continued.', '2023-06-01', ['RUS/RUS>UKR/UKR 19']],
    ["Israel's war in Gaza killed thousands.", '2023-11-20', ['ISR/ISR>PSE/PSE 19']],
  ])
})
