/**
 * Load test of POST /v1/screen on loopback: starts the API as its own process over the bundled data (a fresh
 * embedded store, see api-server.ts), then drives it with autocannon for a bounded time, cycling through 1,000
 * queries (half listed names, some misspelt; half clear names).
 *
 *   npx tsx bench/api-load.ts [--duration 20] [--connections 16] [--rate N] [lookup] [no-record]
 */
import { spawn } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { factories } from '../src/cli/default-deps.js'
import { bundledDatasets } from '../src/service/bundled.js'
import { procCpuMs } from './proc-cpu.js'
import { queryMix } from './queries.js'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const duration = arg('duration', 20)
const connections = arg('connections', 16)
/** With --rate N, autocannon offers N requests a second in all (latency at a given load); else as fast as it can. */
const rate = arg('rate', 0)
const matcher = process.argv.includes('lookup') ? 'lookup' : 'product'

const entities = (
  await Promise.all((await bundledDatasets()).map((d) => factories.readDataset(d.path)))
).flatMap((d) => d.entities)
const bodies = queryMix(entities, 1000).map((q) => JSON.stringify(q))

// node --import tsx, not npx: the signal must reach the server itself, not a wrapper.
const extra = process.argv.includes('no-record') ? ['no-record'] : []
const server = spawn(
  process.execPath,
  ['--import', 'tsx', join(import.meta.dirname, 'api-server.ts'), matcher, ...extra],
  { stdio: ['ignore', 'pipe', 'inherit'] },
)
const started = await new Promise<{ url: string; key: string; record: boolean; matcher: string }>(
  (resolve, reject) => {
    server.stdout.once('data', (d) => resolve(JSON.parse(String(d))))
    server.on('exit', () => reject(new Error('server exited')))
  },
)

const loadBefore = Math.round(loadavg()[0]! * 100) / 100
let i = 0
const run = (seconds: number) =>
  autocannon({
    url: `${started.url}/v1/screen`,
    connections,
    duration: seconds,
    ...(rate > 0 ? { overallRate: rate } : {}),
    requests: [
      {
        method: 'POST',
        headers: { authorization: `Bearer ${started.key}`, 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }),
      },
    ],
  })

/** CPU time the server process has used (user + system), from /proc: a figure the other load on the machine barely moves. */
const cpuMs = () => procCpuMs(server.pid!)

await run(3) // warm-up: JIT, caches
const cpuBefore = cpuMs()
const r = await run(duration)
const serverCpuMs = cpuMs() - cpuBefore
server.kill('SIGTERM')
await new Promise((resolve) => {
  server.on('exit', resolve)
  setTimeout(() => server.kill('SIGKILL'), 5000).unref()
})

const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
  // Other processes on the machine share the two cores: the 1-minute load average before the run says how much.
  loadAverageBefore: loadBefore,
  data: `${entities.length} entities (bundled CSL)`,
  matcher: started.matcher,
  recorded: started.record,
  queries: bodies.length,
  connections,
  offeredRate: rate || 'max',
  durationS: duration,
  requests: r.requests.total,
  reqPerSec: Math.round(r.requests.average),
  latencyMs: {
    p50: r.latency.p50,
    p90: r.latency.p90,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
  },
  // Server CPU per request, and the rate one server process could sustain on a core of its own.
  serverCpuMsPerRequest: Math.round((serverCpuMs / r.requests.total) * 1000) / 1000,
  capacityPerCore: Math.round(1000 / (serverCpuMs / r.requests.total)),
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
}
console.log(JSON.stringify(summary, null, 2))
process.exit(0) // autocannon's workers would keep the process alive
