import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MetricsRegistry } from './metrics.js'

/**
 * A bare HTTP listener for processes without the API (workers): GET /metrics for callers `allowed` admits,
 * 401 otherwise, 404 for anything else.
 */
export async function serveMetrics(
  registry: MetricsRegistry,
  allowed: (authorization: string | undefined) => Promise<boolean>,
  port: number,
  host: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n')
      return
    }
    allowed(req.headers.authorization)
      .then(async (ok) => {
        if (!ok) {
          res.writeHead(401, { 'Content-Type': 'text/plain' }).end('metrics token or admin key required\n')
          return
        }
        const body = await registry.render()
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' }).end(body)
      })
      .catch(() => res.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics failed\n'))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const { address, port: bound, family } = server.address() as AddressInfo
  return {
    url: `http://${family === 'IPv6' ? `[${address}]` : address}:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
