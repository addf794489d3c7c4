import { Ajv2020 } from 'ajv/dist/2020.js'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { allDocs } from '../../test/store/fixtures.js'
import { cleanup, DATABASES } from '../../test/store/helpers.js'
import { docOf } from '../document.js'
import type { Analyzer } from '../jobs/index.js'
import { loadQueryKb } from '../query/index.js'
import type { Store } from '../store/index.js'
import { buildApp, openApiDocument } from './index.js'

const TOKEN = 'a-test-token-of-some-length'

let store: Store
let app: FastifyInstance
let validate: (method: string, route: string, response: LightMyRequestResponse) => void

/** An analyzer that needs no models: the text becomes a document with no layers but its zones. */
function plainAnalyzer(): Analyzer {
  return {
    jobs: 1,
    analyze: async (article) => ({
      ...docOf(article.text, { zones: [{ start: 0, end: article.text.length, kind: 'body' }] }),
      ...article,
      diagnostics: [],
    }),
    close: async () => undefined,
  }
}

beforeAll(async () => {
  store = await (DATABASES.find((db) => db.name === 'sqlite') as (typeof DATABASES)[number]).open()
  for (const doc of allDocs()) await store.putDoc(doc)
  app = await buildApp({ store, kb: await loadQueryKb(), token: TOKEN, maxBytes: 4096, analyzer: plainAnalyzer })
  const document = openApiDocument(app) as {
    paths: Record<
      string,
      Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
    >
    components: object
  }
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  validate = (method, route, response) => {
    const operation = document.paths[route]?.[method.toLowerCase()]
    expect(operation, `${method} ${route} is in the OpenAPI document`).toBeDefined()
    const declared = operation?.responses[String(response.statusCode)]
    expect(declared, `${method} ${route} declares status ${response.statusCode}`).toBeDefined()
    const type = String(response.headers['content-type']).split(';')[0] as string
    const content = declared?.content?.[type]
    expect(content, `${method} ${route} ${response.statusCode} declares ${type}`).toBeDefined()
    // streamed exports are text in their own format; JSON answers are checked against their schema
    if (type !== 'application/json' && type !== 'application/problem+json') return
    const check = ajv.compile({ ...content?.schema, components: document.components })
    const body: unknown = response.json()
    expect(check(body), JSON.stringify(check.errors)).toBe(true)
  }
})

afterAll(async () => {
  await app.close()
  await store.close()
  cleanup()
})

/** One request, checked against the OpenAPI document of the same app. */
async function call(method: 'GET' | 'POST', url: string, route: string, extra: object = {}) {
  const response = await app.inject({ method, url, ...extra })
  validate(method, route, response)
  return response
}

describe('issue 11: the HTTP API', () => {
  test('search finds curated and learned entities by name or alias', async () => {
    const response = await call('GET', '/api/search?q=Japan', '/api/search')
    expect(response.statusCode).toBe(200)
    expect(response.json().hits[0]).toMatchObject({ id: 'JPN', kind: 'country', origin: 'curated' })
    expect((await call('GET', '/api/search?q=', '/api/search')).statusCode).toBe(400)
  })

  test('the dossier describes an actor at a date; Finland is in NATO from 2023-04-04', async () => {
    const before = await call('GET', '/api/actors/FIN?at=2023-04-03', '/api/actors/{id}')
    const after = await call('GET', '/api/actors/FIN?at=2023-04-04', '/api/actors/{id}')
    const orgs = (response: LightMyRequestResponse) =>
      (response.json().memberships as { id: string }[]).map((m) => m.id)
    expect(orgs(before)).not.toContain('NATO')
    expect(orgs(after)).toContain('NATO')
    const japan = (await call('GET', '/api/actors/JPN?at=2023-06-01', '/api/actors/{id}')).json()
    expect(japan.partners.map((p: { actor: string }) => p.actor)).toContain('NATO')
  })

  test('unknown ids are 404 and malformed dates 400, as problem details naming the field', async () => {
    const unknown = await call('GET', '/api/actors/XYZ', '/api/actors/{id}')
    expect(unknown.statusCode).toBe(404)
    expect(unknown.headers['content-type']).toContain('application/problem+json')
    expect(unknown.json()).toMatchObject({ status: 404, code: 'query.unknown-actor' })
    const badDate = await call('GET', '/api/actors/JPN?at=2023-02-30', '/api/actors/{id}')
    expect(badDate.statusCode).toBe(400)
    expect(badDate.json()).toMatchObject({ status: 400, field: 'at' })
    expect(badDate.json().detail).toContain('YYYY-MM-DD')
  })

  test('members of an organization at a date', async () => {
    const response = await call('GET', '/api/orgs/NATO/members?at=2023-04-05', '/api/orgs/{id}/members')
    expect(response.json().members.map((m: { member: string }) => m.member)).toContain('FIN')
    expect((await call('GET', '/api/orgs/NOPE/members', '/api/orgs/{id}/members')).statusCode).toBe(404)
  })

  test('the dyad series by month, and a bad grouping or date is 400', async () => {
    const response = await call('GET', '/api/dyads/JPN/NATO?from=2023&to=2023-12&by=month', '/api/dyads/{a}/{b}')
    expect(response.statusCode).toBe(200)
    expect(response.json().periods.some((p: { period: string }) => p.period === '2023-04')).toBe(true)
    const by = await call('GET', '/api/dyads/JPN/NATO?by=day', '/api/dyads/{a}/{b}')
    expect([by.statusCode, by.json().field]).toEqual([400, 'by'])
    expect((await call('GET', '/api/dyads/JPN/NATO?from=2023-13', '/api/dyads/{a}/{b}')).json().field).toBe('from')
    expect((await call('GET', '/api/dyads/JPN/QQQ', '/api/dyads/{a}/{b}')).statusCode).toBe(404)
  })

  test('events page with a cursor, stable when articles are stored between pages', async () => {
    const first = await call('GET', '/api/events?limit=2', '/api/events')
    const page = first.json() as { events: { id: string }[]; next: string }
    expect(page.events).toHaveLength(2)
    expect(page.next).toEqual(expect.any(String))
    const all = (await call('GET', '/api/events?limit=200', '/api/events')).json().events as { id: string }[]
    // a new article arrives between the pages
    const { japanNatoLater } = await import('../../test/store/fixtures.js')
    const later = japanNatoLater()
    const extra = { ...later, id: `${later.id}x`, text: `${later.text} More.` }
    await store.putDoc(extra)
    const seen = [...page.events]
    let cursor: string | null = page.next
    while (cursor) {
      const next: { events: { id: string }[]; next: string | null } = (
        await call('GET', `/api/events?limit=2&cursor=${cursor}`, '/api/events')
      ).json()
      seen.push(...next.events)
      cursor = next.next
    }
    expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id))
  })

  test('events filters, limit bounds and bad cursors', async () => {
    const japan = (await call('GET', '/api/events?actor=JPN&quad=1&negated=false', '/api/events')).json()
    expect(japan.events.length).toBeGreaterThan(0)
    for (const event of japan.events) expect([event.source, event.quad, event.negated]).toEqual(['JPN', 1, false])
    const limit = await call('GET', '/api/events?limit=201', '/api/events')
    expect([limit.statusCode, limit.json().field]).toEqual([400, 'limit'])
    expect((await call('GET', '/api/events?limit=0', '/api/events')).statusCode).toBe(400)
    const cursor = await call('GET', '/api/events?cursor=not-a-cursor', '/api/events')
    expect([cursor.statusCode, cursor.json().code, cursor.json().field]).toEqual([400, 'query.bad-cursor', 'cursor'])
    expect((await call('GET', '/api/events?from=yesterday', '/api/events')).json().field).toBe('from')
    expect((await call('GET', '/api/events?actor=XYZ', '/api/events')).statusCode).toBe(404)
    const reversed = await call('GET', '/api/events?from=2024&to=2023', '/api/events')
    expect([reversed.statusCode, reversed.json().code]).toEqual([400, 'usage'])
  })

  test('an event with its coding and evidence; its article with text, zones and spans', async () => {
    const events = (await call('GET', '/api/events?actor=JPN&code=043', '/api/events')).json().events
    const event = events.find((e: { evidence: string }) => e.evidence === 'Hayashi met NATO')
    const detail = (await call('GET', `/api/events/${encodeURIComponent(event.id)}`, '/api/events/{id}')).json()
    expect(detail).toMatchObject({ id: event.id, cameo: '043', source: 'JPN', target: 'NATO' })
    expect(detail.reports[0].evidence.text).toBe('Hayashi met NATO')
    const article = (await call('GET', `/api/articles/${detail.article}`, '/api/articles/{id}')).json()
    const span = article.events.find((e: { id: string }) => e.id === event.id)
    expect(article.text.slice(span.start, span.end)).toBe('Hayashi met NATO')
    expect((await call('GET', '/api/events/nope:event-1', '/api/events/{id}')).statusCode).toBe(404)
    expect((await call('GET', '/api/articles/0000', '/api/articles/{id}')).statusCode).toBe(404)
  })

  test('the network of who acts on whom, and around one actor', async () => {
    const network = (await call('GET', '/api/network?from=2023&to=2023', '/api/network')).json()
    expect(network.edges).toContainEqual(expect.objectContaining({ source: 'JPN', target: 'NATO' }))
    const around = (await call('GET', '/api/network?actor=RUS', '/api/network')).json()
    for (const edge of around.edges) expect([edge.source, edge.target]).toContain('RUS')
  })

  test('export streams each format; an unknown one is 400', async () => {
    const csv = await call('GET', '/api/export?format=csv', '/api/export')
    expect(csv.statusCode).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body.split('\n').length).toBeGreaterThan(3)
    const plover = await call('GET', '/api/export?format=plover', '/api/export')
    expect(JSON.parse(plover.body.split('\n')[0] as string)).toHaveProperty('quad_code')
    expect((await call('GET', '/api/export?format=xls', '/api/export')).statusCode).toBe(400)
  })

  test('issue 11: export takes the events filters; a reversed range is 400, an unknown actor 404', async () => {
    const rows = (body: string) => body.trimEnd().split('\r\n').slice(1)
    const all = rows((await call('GET', '/api/export?format=csv', '/api/export')).body)
    const source = all.map((row) => row.split(',')[6])
    expect(source).toContain('JPN')
    expect(source.some((actor) => actor !== 'JPN')).toBe(true)
    const jpn = rows((await call('GET', '/api/export?format=csv&actor=JPN', '/api/export')).body)
    expect(jpn.length).toBe(source.filter((actor) => actor === 'JPN').length)
    for (const row of jpn) expect(row.split(',')[6]).toBe('JPN')
    const plover = await call('GET', '/api/export?format=plover&actor=JPN&quad=1', '/api/export')
    const records = plover.body
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    expect(records.length).toBeGreaterThan(0)
    for (const record of records) expect([record.actor[0].code, record.quad_code]).toEqual(['JPN', 1])
    const reversed = await call('GET', '/api/export?format=csv&from=2024&to=2023', '/api/export')
    expect(reversed.statusCode).toBe(400)
    expect((await call('GET', '/api/export?format=csv&actor=XYZ', '/api/export')).statusCode).toBe(404)
  })

  test('POST /api/articles needs the token: none → 401, wrong → 403, right → stored', async () => {
    const body = 'Finland and Sweden held talks in Helsinki on Monday.'
    const headers = { 'content-type': 'text/plain' }
    const url = '/api/articles?published=2023-05-02'
    const none = await call('POST', url, '/api/articles', { body, headers })
    expect(none.statusCode).toBe(401)
    const wrong = await call('POST', url, '/api/articles', {
      body,
      headers: { ...headers, authorization: 'Bearer nope' },
    })
    expect(wrong.statusCode).toBe(403)
    const right = await call('POST', url, '/api/articles', {
      body,
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
    })
    expect(right.statusCode).toBe(200)
    expect(right.json()).toMatchObject({ stored: 1, failed: 0 })
    const id = right.json().results[0].id
    expect((await call('GET', `/api/articles/${id}`, '/api/articles/{id}')).json().published).toBe('2023-05-02')
    const badDate = await call('POST', '/api/articles?published=May', '/api/articles', {
      body,
      headers: { ...headers, authorization: `Bearer ${TOKEN}` },
    })
    expect([badDate.statusCode, badDate.json().field]).toEqual([400, 'published'])
  })

  test('an oversize body is 413 and stores nothing', async () => {
    const before = (await call('GET', '/api/events?limit=200', '/api/events')).json().events.length
    const response = await call('POST', '/api/articles', '/api/articles', {
      body: 'x'.repeat(5000),
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
    })
    expect(response.statusCode).toBe(413)
    expect(response.headers['content-type']).toContain('application/problem+json')
    expect((await call('GET', '/api/events?limit=200', '/api/events')).json().events.length).toBe(before)
  })

  test('a server without a token refuses writes', async () => {
    const readOnly = await buildApp({ store, analyzer: plainAnalyzer })
    const response = await readOnly.inject({
      method: 'POST',
      url: '/api/articles',
      body: 'x',
      headers: { authorization: 'Bearer x' },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().detail).toContain('without a write token')
    await readOnly.close()
  })

  test('a client over the rate limit gets 429 problem details', async () => {
    const limited = await buildApp({ store, rateLimit: 2, analyzer: plainAnalyzer })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await limited.inject({ method: 'GET', url: '/healthz' })).statusCode)
    expect(statuses).toEqual([200, 200, 429])
    const over = await limited.inject({ method: 'GET', url: '/healthz' })
    expect(over.headers['content-type']).toContain('application/problem+json')
    expect(over.json()).toMatchObject({ status: 429 })
    await limited.close()
  })

  test('health, metrics in the Prometheus format, the OpenAPI page, security headers', async () => {
    expect((await call('GET', '/healthz', '/healthz')).json().status).toBe('ok')
    const metrics = await app.inject({ method: 'GET', url: '/metrics' })
    expect(metrics.headers['content-type']).toContain('text/plain')
    expect(metrics.body).toMatch(
      /^entente_http_requests_total\{method="GET",route="\/api\/events",status="200"\} \d+$/m,
    )
    expect(metrics.body).toMatch(
      /^entente_http_request_duration_seconds_bucket\{route="\/api\/events",le="\+Inf"\} \d+$/m,
    )
    expect(metrics.body).toMatch(/^entente_events \d+$/m)
    expect(metrics.body).toMatch(/^entente_store_bytes [1-9]\d*$/m)
    const docs = await app.inject({ method: 'GET', url: '/docs/json' })
    expect(docs.json().openapi).toBe('3.1.0')
    expect((await app.inject({ method: 'GET', url: '/docs/' })).statusCode).toBe(200)
    const csp = String((await app.inject({ method: 'GET', url: '/healthz' })).headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain("script-src 'self' 'unsafe-inline'")
    const missing = await app.inject({ method: 'GET', url: '/api/nothing' })
    expect(missing.statusCode).toBe(404)
    expect(missing.headers['content-type']).toContain('application/problem+json')
  })
})
