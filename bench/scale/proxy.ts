/**
 * A small round-robin HTTP reverse proxy for the benchmark: two API instances behind one port.
 * `node --import tsx bench/scale/proxy.ts PORT UPSTREAM_URL...` (prints "listening" when bound).
 */
import { Agent, createServer, request } from 'node:http'

const [port, ...upstreams] = process.argv.slice(2)
if (!port || upstreams.length === 0) throw new Error('usage: proxy.ts PORT UPSTREAM_URL...')
const targets = upstreams.map((u) => new URL(u))
// Kept-alive connections to each instance: the proxy adds no TCP handshake per request.
const agent = new Agent({ keepAlive: true, maxSockets: 256 })
let next = 0

const server = createServer((req, res) => {
  const target = targets[next++ % targets.length]!
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host, 'x-forwarded-for': req.socket.remoteAddress ?? '' },
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(res)
    },
  )
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' })
    res.end('upstream failed\n')
  })
  req.pipe(upstream)
})
server.keepAliveTimeout = 5_000
server.listen(Number(port), '127.0.0.1', () => console.log('listening'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
