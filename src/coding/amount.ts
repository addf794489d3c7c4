import type { DocView } from '../nlp/syntax/index.js'

/** A currency sign standing before its number: "$50 million", "€2bn", "US$1.5 billion", "A$300m". */
const DOLLAR_SIGN = /^[a-z]{0,3}\$$/
const CURRENCY_SIGNS = new Set(['€', '£', '¥', '₹', '₽', '₩', '₺'])

/** Speed: this runs for every token the matcher passes over, so most words are turned away by their length and end. */
function isCurrencySign(norm: string): boolean {
  if (norm.length > 4) return false
  return norm.endsWith('$') ? DOLLAR_SIGN.test(norm) : CURRENCY_SIGNS.has(norm)
}

/** A year standing alone before a currency word is no sum: "in 2019 won" (the verb), unlike "2,000 won". */
const YEAR = /^(1[89]|20)\d\d$/

function isNumber(view: DocView, i: number): boolean {
  const token = view.tokens[i]
  return !!token && (token.pos === 'NUM' || /^\d/.test(token.norm))
}

/**
 * A token of a sum of money other than its number: the currency sign before it, an abbreviated magnitude or a
 * currency named after it. The matcher skips a sum as it skips other quantities, so that "pledged $50 million in
 * aid to Ukraine" reads as "pledged aid to Ukraine" (the tagger calls "$" a symbol, which is no modifier).
 */
export function isAmountToken(view: DocView, i: number): boolean {
  const norm = view.tokens[i]?.norm
  if (norm === undefined) return false
  if (isCurrencySign(norm)) return isNumber(view, i + 1)
  // abbreviated magnitudes written after the number ("£20m", "$3bn", "€1.2 mln"), currencies named after it ("50
  // million euros", "2 billion yuan")
  const id = view.index.normIds[i]!
  if (!view.wordIds.AMOUNT_MAGNITUDES.has(id) && !view.wordIds.CURRENCY_NAMES.has(id)) return false
  if (isMagnitude(view, i - 1)) return true
  return isNumber(view, i - 1) && !YEAR.test(view.tokens[i - 1]?.norm ?? '')
}

/** "$2 billion dollars", "50 million euros": a spelt-out magnitude after a number. */
function isMagnitude(view: DocView, i: number): boolean {
  return view.wordIds.MAGNITUDE_NUMERALS.has(view.index.normIds[i] ?? 0) && isNumber(view, i - 1)
}
