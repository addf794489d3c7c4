import type { DocView } from '../nlp/syntax/index.js'

/** A currency sign standing before its number: "$50 million", "€2bn", "US$1.5 billion", "A$300m". */
const DOLLAR_SIGN = /^[a-z]{0,3}\$$/
const CURRENCY_SIGNS = new Set(['€', '£', '¥', '₹', '₽', '₩', '₺'])

/** Speed: this runs for every token the matcher passes over, so most words are turned away by their length and end. */
function isCurrencySign(norm: string): boolean {
  if (norm.length > 4) return false
  return norm.endsWith('$') ? DOLLAR_SIGN.test(norm) : CURRENCY_SIGNS.has(norm)
}

/** Abbreviated magnitudes written after the number: "£20m", "$3bn", "€1.2 mln". */
const MAGNITUDES = new Set(['m', 'mn', 'mln', 'bn', 'bln', 'b', 'tn', 'trn', 'k'])

/** Currencies named after their number: "50 million euros", "2 billion yuan". */
const CURRENCIES = new Set([
  'dollar',
  'dollars',
  'euro',
  'euros',
  'pound',
  'pounds',
  'sterling',
  'yuan',
  'renminbi',
  'yen',
  'rupee',
  'rupees',
  'rouble',
  'roubles',
  'ruble',
  'rubles',
  'franc',
  'francs',
  'shekel',
  'shekels',
  'riyal',
  'riyals',
  'dinar',
  'dinars',
  'lira',
  'won',
  'peso',
  'pesos',
  'krone',
  'kronor',
  'crowns',
])

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
  if (MAGNITUDES.has(norm) || CURRENCIES.has(norm)) return isNumber(view, i - 1) || isMagnitude(view, i - 1)
  return false
}

/** "$2 billion dollars", "50 million euros": a spelt-out magnitude after a number. */
function isMagnitude(view: DocView, i: number): boolean {
  const norm = view.tokens[i]?.norm ?? ''
  return (norm === 'million' || norm === 'billion' || norm === 'trillion') && isNumber(view, i - 1)
}
