/**
 * A generated corpus of news-like articles for benchmarks: our own sentence templates filled with real
 * country, organization and city names by a seeded random generator, so every run sees the same text.
 */

const COUNTRIES = [
  ['Japan', 'Japanese', 'Tokyo'],
  ['China', 'Chinese', 'Beijing'],
  ['Russia', 'Russian', 'Moscow'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Finland', 'Finnish', 'Helsinki'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['Britain', 'British', 'London'],
  ['the United States', 'American', 'Washington'],
  ['India', 'Indian', 'New Delhi'],
  ['Brazil', 'Brazilian', 'Brasilia'],
  ['South Korea', 'South Korean', 'Seoul'],
  ['Australia', 'Australian', 'Canberra'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['Iran', 'Iranian', 'Tehran'],
  ['Saudi Arabia', 'Saudi', 'Riyadh'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['the Philippines', 'Philippine', 'Manila'],
] as const
const ORGS = ['NATO', 'the European Union', 'the G-7', 'ASEAN', 'the United Nations', 'the African Union', 'BRICS']
const TITLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'Trade Minister']
const FIRST = ['Anna', 'Kenji', 'Maria', 'Olaf', 'Li', 'Sergei', 'Amir', 'Laura', 'Tomas', 'Priya', 'Jonas', 'Hana']
const LAST = ['Virtanen', 'Tanaka', 'Rossi', 'Novak', 'Chen', 'Petrov', 'Haddad', 'Moreau', 'Berg', 'Sharma', 'Kim']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October']
const TOPICS = ['energy security', 'maritime security', 'trade', 'cyber defence', 'climate finance', 'grain exports']

const SENTENCES = [
  '{A} and {B} signed an agreement on {TOPIC} in {CITY} on {DAY}, officials said.',
  '{PERSON} said on {DAY} that {A} would boost its cooperation with {ORG} on {TOPIC}.',
  '{ADJ} officials accused {B} of violating the ceasefire along the border.',
  '{A} imposed new sanctions on {B} over its role in the conflict, the ministry said in a statement.',
  'The two-day meeting in {CITY} ended without a joint statement on {TOPIC}.',
  '{PERSON} visited {CITY} last month for talks with counterparts from {B}.',
  '{A} has refused to join the sanctions, saying they would hurt ordinary people.',
  '{ORG} members pledged to increase support for {B} before the end of the year.',
  '{A} expelled two diplomats from {B} in {MONTH} 2023, a move the embassy condemned.',
  'Analysts said the deal could ease tensions between {A} and {B} if both sides keep their promises.',
  '{B} rejected the proposal, calling it an attempt to interfere in its internal affairs.',
  'The talks, the first since {MONTH} 2022, focused on {TOPIC} and regional stability.',
  '{PERSON} praised {B} for its efforts to mediate between the parties.',
  '{A} deployed additional troops near the border with {B} this week, satellite images showed.',
  'Leaders of {ORG} are expected to meet again in {CITY} next year.',
  '{ADJ} and {ADJ2} negotiators held a third round of talks on {DAY} in {CITY}.',
  'Protesters gathered outside the embassy of {B} in {CITY} to demand the release of detained workers.',
  '{A} threatened to cut gas supplies to {B} if the new tariffs took effect.',
  'A spokesperson for {ORG} welcomed the announcement and urged all sides to show restraint.',
  '{A} became a member of {ORG} in {MONTH} 2023 after years of negotiations.',
]

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface BenchArticle {
  readonly text: string
  readonly published: string
}

/** Articles of realistic length (about 2–4 KB) up to `bytes` in total. */
export function generateCorpus(bytes: number, seed = 42): BenchArticle[] {
  const articles: BenchArticle[] = []
  let total = 0
  for (const article of corpusArticles(seed)) {
    if (total >= bytes) break
    articles.push(article)
    total += Buffer.byteLength(article.text)
  }
  return articles
}

/**
 * The same articles one at a time, without end: a long ingest holds only the ones in flight, never the corpus.
 * The first n are the first n of generateCorpus with the same seed.
 */
export function* corpusArticles(seed = 42): Generator<BenchArticle> {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  for (;;) {
    const [a, b] = [pick(COUNTRIES), pick(COUNTRIES)]
    const fill = (template: string) =>
      template
        .replaceAll('{A}', a[0])
        .replaceAll('{B}', b[0])
        .replaceAll('{ADJ}', a[1])
        .replaceAll('{ADJ2}', b[1])
        .replaceAll('{CITY}', pick(COUNTRIES)[2])
        .replaceAll('{ORG}', pick(ORGS))
        .replaceAll('{PERSON}', `${a[1]} ${pick(TITLES)} ${pick(FIRST)} ${pick(LAST)}`)
        .replaceAll('{DAY}', pick(DAYS))
        .replaceAll('{MONTH}', pick(MONTHS))
        .replaceAll('{TOPIC}', pick(TOPICS))
    const headline = fill(`${a[0]} and ${b[0]} hold talks on {TOPIC}`)
    const paragraphs: string[] = []
    const size = 2000 + next() * 2000
    let length = 0
    while (length < size) {
      const paragraph = [fill(pick(SENTENCES)), fill(pick(SENTENCES)), fill(pick(SENTENCES))].join(' ')
      paragraphs.push(paragraph.charAt(0).toUpperCase() + paragraph.slice(1))
      length += paragraph.length
    }
    const debris = next() < 0.5 ? `\n\n${headline}\n\n${Math.floor(next() * 200)}\n0\nSHARE` : ''
    const text = `${headline}${debris}\n\n${paragraphs.join('\n\n')}\n`
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0')
    yield { text, published: `2023-${month}-${day}` }
  }
}
