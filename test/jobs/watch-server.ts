import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (request: IncomingMessage, response: ServerResponse) => void

/** A local HTTP server on 127.0.0.1 for the watch tests: routes by path, and a log of every request. */
export interface LocalServer {
  readonly origin: string
  readonly port: number
  /** Every request, in order: "GET /feed.xml". */
  readonly log: string[]
  /** The headers of the last request to a path. */
  readonly headers: Map<string, IncomingMessage['headers']>
  route(path: string, handler: Handler): void
  close(): Promise<void>
}

/** Starts a server on an ephemeral loopback port; unknown paths answer 404. */
export async function startServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>()
  const log: string[] = []
  const headers = new Map<string, IncomingMessage['headers']>()
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    log.push(`${request.method} ${path}`)
    headers.set(path, request.headers)
    const handler = routes.get(path)
    if (handler) handler(request, response)
    else response.writeHead(404).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    headers,
    route: (path, handler) => void routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** An RSS 2.0 feed of the given items. */
export function rss(items: { title: string; link: string; description?: string; content?: string }[]): string {
  const entries = items.map(
    (item) =>
      `<item><title>${item.title}</title><link>${item.link}</link><pubDate>Tue, 04 Apr 2023 09:00:00 GMT</pubDate>` +
      (item.description ? `<description>${item.description}</description>` : '') +
      (item.content ? `<content:encoded><![CDATA[${item.content}]]></content:encoded>` : '') +
      '</item>',
  )
  return (
    '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel><title>Local Wire</title>${entries.join('')}</channel></rss>`
  )
}
