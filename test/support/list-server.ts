import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the test server answers one path. */
export interface Route {
  body?: Uint8Array | string
  status?: number
  /** Announce the whole body's length but send only this many bytes, then drop the connection. */
  cutAt?: number
  /** Wait this long before answering. */
  delayMs?: number
}

export interface ListServer {
  url: string
  /** Replaces what a path serves (a list publishes a new version). */
  set(path: string, route: Route): void
  hits(path: string): number
  close(): Promise<void>
}

/** A local HTTP server standing in for the official list URLs (the tests have no internet). */
export async function listServer(routes: Record<string, Route> = {}): Promise<ListServer> {
  const table = new Map(Object.entries(routes))
  const counts = new Map<string, number>()
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    counts.set(path, (counts.get(path) ?? 0) + 1)
    const route = table.get(path)
    const answer = () => {
      if (!route) {
        res.writeHead(404).end('not found')
        return
      }
      const body = typeof route.body === 'string' ? Buffer.from(route.body) : Buffer.from(route.body ?? '')
      res.writeHead(route.status ?? 200, { 'content-length': body.length })
      if (route.cutAt === undefined) res.end(body)
      else res.write(body.subarray(0, route.cutAt), () => res.destroy())
    }
    if (route?.delayMs) setTimeout(answer, route.delayMs)
    else answer()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    set: (path, route) => table.set(path, route),
    hits: (path) => counts.get(path) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
