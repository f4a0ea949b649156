import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { CreatedApp } from './app.js'

export interface RunningServer {
  url: string
  /** Stops accepting connections, lets requests in flight finish, then waits for running batch jobs. */
  close(graceMs?: number): Promise<void>
}

/** Listens on host:port (port 0 picks a free one) and resolves with the URL once the socket is bound. */
export async function listen(created: CreatedApp, port: number, host: string): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: created.app.fetch, hostname: host })
  // Slow-loris protection: a client must send its headers within 10 s and a request within 60 s.
  if ('headersTimeout' in server) {
    server.headersTimeout = 10_000
    server.requestTimeout = 60_000
    server.keepAliveTimeout = 5_000
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${shownHost}:${address.port}`,
    close: async (graceMs = 10_000) => {
      // Workers stop taking chunks at once and finish the one in hand while requests in flight finish.
      const drained = created.batches.drain()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      if ('closeIdleConnections' in server) server.closeIdleConnections()
      const timer = setTimeout(() => {
        if ('closeAllConnections' in server) server.closeAllConnections()
      }, graceMs)
      await closed
      clearTimeout(timer)
      await drained
    },
  }
}
