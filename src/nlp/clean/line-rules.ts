import * as chrono from 'chrono-node'

/** Words of page furniture: share bars, counters, newsletter prompts. A line of only these is debris. */
const INTERFACE_WORDS = new Set(
  (
    'share shares shared sharing like likes tweet tweets retweet retweets comment comments reply replies ' +
    'subscribe subscribed unsubscribe print email mail facebook twitter linkedin whatsapp reddit pinterest telegram ' +
    'messenger flipboard copy link save saved bookmark follow advertisement advertisements advert ad ads sponsored ' +
    'newsletter newsletters views reactions listen login signup menu close'
  ).split(' '),
)
/** Words that may sit between interface words ("Share on Facebook", "Sign up for our newsletter"). */
const FILLER_WORDS = new Set(
  'on this the to our us for up in sign article story page via and or with now here x'.split(' '),
)
/** Prompts that start a debris line ("Read more: …", "Sign up for …"). */
const PROMPTS =
  /^(?:read more|read next|advertisement|sign up|subscribe|continue reading|skip to|share (?:this|on|via)|follow us|click here|most read|recommended for you|listen to this)\b|^related(?: articles| stories| coverage| content)?:?$/i

const CONNECTORS = new Set(
  'and & of in the for at from with staff reporter reporters correspondent writer editor'.split(' '),
)
const NOT_NAMES =
  /^(the|a|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i
const STAFF =
  /^([\p{Lu}][\p{L}.&'’-]*\s+){0,3}(staff|staff writers?|staff reporters?|correspondents?|news desk|newsroom|bureau|wire services?)$/iu
const CREDIT = /^\(?\s*(reporting|writing|editing|additional reporting|compiled|edited|written|produced) by\b/i
const STAMP = /^(published|updated|last updated|first published|posted|modified|date)\b\s*(on|at)?\s*:?\s*(?=.*\d)/i
/** What may be left of a date line once chrono has matched the date: separators, times, zone abbreviations. */
const DATE_LEFTOVER = /^(?:[\s\d.,:;|/·•–—()-]|\b(?:am|pm|[A-Z]{2,5}|utc|gmt|mon|tue|wed|thu|fri|sat|sun)\b)*$/

/** Why a line is debris (counter, share bar, prompt), or undefined. */
export function debrisReason(line: string): string | undefined {
  if (line.length > 80) return undefined
  if (/^[\d\s.,:+%]*\d[\d\s.,:+%]*[kKmM]?$/.test(line)) return 'counter'
  const words = line.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)?[km]?/gu) ?? []
  const isNumber = (word: string) => /^\d/.test(word)
  const allInterface = words.every((w) => isNumber(w) || INTERFACE_WORDS.has(w) || FILLER_WORDS.has(w))
  if (words.length > 0 && allInterface && words.some((w) => INTERFACE_WORDS.has(w))) {
    return words.some(isNumber) ? 'share counter' : 'interface text'
  }
  if (PROMPTS.test(line)) return 'interface text'
  return undefined
}

/** Why a line is a byline (author, agency credit, date stamp), or undefined. */
export function bylineReason(line: string): string | undefined {
  if (line.length > 120) return undefined
  if (isAuthorLine(line)) return 'author'
  if (STAFF.test(line)) return 'author'
  if (CREDIT.test(line)) return 'credit'
  if (STAMP.test(line) || isDateLine(line)) return 'date stamp'
  return undefined
}

/** "By Jane Doe", "By Jane Doe and Ali Khan | Reuters", "BY JANE DOE in Brussels": capitalised names only. */
function isAuthorLine(line: string): boolean {
  const match = /^by\s+(.+)$/i.exec(line)
  if (!match?.[1] || (/[.!?]$/.test(line) && !/\b\p{Lu}\.$/u.test(line))) return false
  const words = match[1].split(/[\s,|·•/–—-]+/).filter(Boolean)
  if (words.length === 0 || words.length > 12 || NOT_NAMES.test(words[0] ?? '')) return false
  return words.every((word) => /^[\p{Lu}][\p{L}.'’&-]*$/u.test(word) || CONNECTORS.has(word.toLowerCase()))
}

/** A short line that is only a date and time ("5 April 2023", "Wed 5 Apr 2023 12.00 BST"). */
function isDateLine(line: string): boolean {
  if (line.length > 60) return false
  const results = chrono.strict.parse(line)
  if (!results.some((r) => r.start.isCertain('year') || (r.start.isCertain('month') && r.start.isCertain('day')))) {
    return false
  }
  let rest = line
  for (const r of results) rest = rest.replace(r.text, ' ')
  return DATE_LEFTOVER.test(rest)
}

/** Could this line be a headline: short, with letters, not ending like a sentence or a dateline. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 200 || line.split(/\s+/).length > 30 || !/\p{L}/u.test(line)) return false
  return !/[.,;:\-–—]$/.test(line) || /\b\p{Lu}\.$/u.test(line)
}
