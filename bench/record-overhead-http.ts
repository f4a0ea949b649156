/**
 * What recording adds to screening latency as a client of `serve` sees it (issue 8: under 10 % at 1,000
 * screens/s on the embedded store).
 *
 *   npm run build && npx tsx bench/record-overhead-http.ts [--rounds 7] [--requests 3000] [--write]
 *
 * Two API servers in processes of their own (bench/api-server.ts running the built product: a fresh embedded
 * store with the bundled data each), one recording every answer as `serve` does (a journal line before the answer leaves, a
 * committer thread moving records and alerts into SQLite), one as `serve --no-record`. This process sends
 * POST /v1/screen to one, then the other, in alternating rounds paced at one request per millisecond (open
 * loop: a request goes at its time whether or not the last one was answered), and times each request from
 * the moment it is sent to the last byte of its answer. Load from other processes falls on both alike; the
 * median round of each decides. The servers' CPU per request is read from /proc, for the whole process and
 * for the answering (main) thread alone.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { factories } from '../src/cli/default-deps.js'
import { bundledDatasets } from '../src/service/bundled.js'
import { assertBuilt } from './built.js'
import { median, pairedRatio, pct } from './paired-ratio.js'
import { othersMeter, procCpuMs, waitForQuiet } from './proc-cpu.js'
import { queryMix } from './queries.js'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const rounds = arg('rounds', 20)
const perRound = arg('requests', 1000)

assertBuilt()
const entities = (
  await Promise.all((await bundledDatasets()).map((d) => factories.readDataset(d.path)))
).flatMap((d) => d.entities)
const bodies = queryMix(entities, 1000).map((q) => JSON.stringify(q))

interface Server {
  process: ChildProcess
  url: URL
  key: string
  matcher: string
}
type Mode = 'plain' | 'recorded' | 'journal-only' | 'recorded-alt' | 'recorded-write'
const commitMs = arg('commit-ms', 0)
const altCommitMs = arg('compare-commit-ms', 0)
const serverArgs: Record<Mode, string[]> = {
  plain: ['no-record'],
  recorded: commitMs ? [`commit-ms=${commitMs}`] : [],
  'journal-only': ['journal-only'],
  'recorded-alt': [`commit-ms=${altCommitMs}`],
  'recorded-write': ['journal=write', ...(commitMs ? [`commit-ms=${commitMs}`] : [])],
}
function start(mode: Mode): Promise<Server> {
  // node --import tsx, not npx: the signal must reach the server itself, not a wrapper.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'api-server.ts'), 'built', ...serverArgs[mode]],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (d) => {
      const started = JSON.parse(String(d)) as { url: string; key: string; matcher: string }
      resolve({
        process: child,
        url: new URL('/v1/screen', started.url),
        key: started.key,
        matcher: started.matcher,
      })
    })
    child.once('exit', () => reject(new Error('a bench server exited before it was ready')))
  })
}
// `--diagnose`: a third server journals every answer and commits nothing, to tell what the answering
// thread pays from what the commits on the other core cost it.
// `--compare-commit-ms N`: one more recording server, committing every N ms.
const modes: Mode[] = [
  'plain',
  'recorded',
  ...(process.argv.includes('--diagnose') ? (['journal-only'] as const) : []),
  ...(altCommitMs ? (['recorded-alt'] as const) : []),
  // `--compare-write`: one more recording server whose journal segments are written by write(2).
  ...(process.argv.includes('--compare-write') ? (['recorded-write'] as const) : []),
]
const servers = Object.fromEntries(
  await Promise.all(modes.map(async (m) => [m, await start(m)] as const)),
) as Record<Mode, Server>
const recorded = servers.recorded

/** CPU ms used so far by a server: the whole process, and its main thread (the one answering requests). */
const cpuMs = (pid: number) => ({ process: procCpuMs(pid), main: procCpuMs(pid, pid) })

const agent = new Agent({ keepAlive: true, maxSockets: 16 })
function send(server: Server, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = performance.now()
    const req = request(
      server.url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${server.key}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.on('data', () => undefined)
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - sent)
            : reject(new Error(`POST /v1/screen answered ${res.statusCode}`)),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

interface Round {
  p50: number
  p90: number
  p99: number
  rate: number
  cpuProcess: number
  cpuMain: number
  /** CPU other processes used during the round, in cores. */
  others: number
  /** How long the round waited for other processes to quieten down. */
  waitedMs: number
}
let next = 0
const warm = arg('warm', 300)
/** Sends `count` requests at one a millisecond (open loop); their latencies. */
async function paced(server: Server, count: number): Promise<number[]> {
  const latencies: Array<Promise<number>> = []
  const start = performance.now()
  for (let i = 0; i < count; ) {
    // Everything due by now goes out; then sleep until the next one is due (timers wake about every ms).
    while (i < count && start + i <= performance.now()) {
      latencies.push(send(server, bodies[next++ % bodies.length]!))
      i++
    }
    if (i < count) await new Promise((r) => setTimeout(r, Math.max(0, start + i - performance.now())))
  }
  return Promise.all(latencies)
}
const ours = () => [process.pid, ...modes.map((m) => servers[m].process.pid!)]
async function round(server: Server): Promise<Round> {
  const pid = server.process.pid!
  const { waitedMs } = await waitForQuiet(ours)
  // A server idle for a few seconds (while the others had their rounds) has let V8 shrink its heap: the
  // first few hundred requests pay for collections that regrow it. They go out first, untimed.
  await paced(server, warm)
  const others = othersMeter(ours)
  const cpu0 = cpuMs(pid)
  const start = performance.now()
  const sorted = (await paced(server, perRound)).sort((a, b) => a - b)
  const elapsed = performance.now() - start
  const othersCores = others()
  // The recording server's committer may still be storing the last records: give it time to, so that
  // its CPU counts in this round.
  await new Promise((r) => setTimeout(r, 300))
  const cpu1 = cpuMs(pid)
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
  return {
    p50: q(0.5),
    p90: q(0.9),
    p99: q(0.99),
    rate: (perRound * 1000) / elapsed,
    cpuProcess: (cpu1.process - cpu0.process) / perRound,
    cpuMain: (cpu1.main - cpu0.main) / perRound,
    others: othersCores,
    waitedMs,
  }
}

// Warm-up: both servers see every query once (the recording one raises the alerts of the listed names
// here, as a server that has been running would have them already).
for (const m of modes) await round(servers[m])
const results: Record<Mode, Round[]> = {
  plain: [],
  recorded: [],
  'journal-only': [],
  'recorded-alt': [],
  'recorded-write': [],
}
for (let r = 0; r < rounds; r++) {
  // Rotate which goes first, so none always follows another's committer.
  const order = modes.map((_, i) => modes[(i + r) % modes.length]!)
  for (const mode of order) results[mode].push(await round(servers[mode]))
}
agent.destroy()
for (const m of modes) servers[m].process.kill('SIGTERM')

const med = (mode: Mode, f: (r: Round) => number) => median(results[mode].map(f))
const more = (f: (r: Round) => number, mode: Mode = 'recorded') =>
  `${((med(mode, f) / med('plain', f) - 1) * 100).toFixed(1)} %`
/** Round by round (each beside its neighbour of the other server): the median p50 ratio and its interval. */
const pairedOf = (mode: Mode) =>
  pairedRatio(
    results.plain.map((r) => r.p50),
    results[mode].map((r) => r.p50),
  )
const paired = (mode: Mode) => pct(pairedOf(mode).median)
const interval = (mode: Mode) => {
  const { low, high } = pairedOf(mode)
  return `${pct(low)} to ${pct(high)}`
}
const all = modes.flatMap((m) => results[m])
const cols: Array<[string, (r: Round) => number, number]> = [
  ['requests/s', (r) => r.rate, 0],
  ['p50 ms', (r) => r.p50, 3],
  ['p90 ms', (r) => r.p90, 3],
  ['p99 ms', (r) => r.p99, 2],
  ['server CPU ms/request', (r) => r.cpuProcess, 3],
  ['answering thread CPU ms/request', (r) => r.cpuMain, 3],
]
const row = (label: string, mode: Mode) =>
  `| ${label} | ${cols.map(([, f, d]) => med(mode, f).toFixed(d)).join(' | ')} |`
/** The rows of a further server, when it ran: its figures, and what it adds to the plain server's. */
const extra = (mode: Mode, label: string, adds: string): string =>
  modes.includes(mode)
    ? `${row(label, mode)}
| ${adds} | | ${cols
        .slice(1)
        .map(([, f]) => more(f, mode))
        .join(' | ')} |
`
    : ''
const md = `# Recording overhead as a client of \`serve\` sees it

Command: \`npm run build && npx tsx bench/record-overhead-http.ts ${process.argv.slice(2).join(' ')}\`
Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average when done: ${loadavg()
  .map((x) => x.toFixed(2))
  .join(' ')} (shared machine; client and both servers on the same cores)
Data: bundled CSL 2026-07-31 + UN 2026-02-27, a fresh SQLite store per server; matcher ${recorded.matcher}; 1,000 queries (bench/queries.ts mix: half listed names, some misspelt; half made-up clear names)
Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC

POST /v1/screen at 1,000 requests/s, ${rounds} rounds of ${perRound} requests to each server (after ${warm} untimed), alternating;
latency from sending a request to the last byte of its answer; figures are the medians of the rounds.
Each round started once other processes had used under 0.15 cores for half a second (waited ${(all.reduce((a, r) => a + r.waitedMs, 0) / 1000).toFixed(0)} s in all);
during the rounds they used ${median(all.map((r) => r.others)).toFixed(2)} cores at the median, ${Math.max(...all.map((r) => r.others)).toFixed(2)} at most.

| server | ${cols.map(([h]) => h).join(' | ')} |
| --- | ${cols.map(() => '---').join(' | ')} |
${row('`serve --no-record`', 'plain')}
${row('`serve` (every answer recorded, alerts raised)', 'recorded')}
| **recording adds** | | **${more((r) => r.p50)}** | ${more((r) => r.p90)} | ${more((r) => r.p99)} | ${more((r) => r.cpuProcess)} | ${more((r) => r.cpuMain)} |
${extra('journal-only', 'diagnosis: journal only (a committer that stores nothing)', 'journal only adds')}${extra(
  'recorded-alt',
  `\`serve --record-commit-ms ${altCommitMs}\``,
  'recording adds',
)}${extra('recorded-write', '`serve`, journal segments by write(2) (`TC_JOURNAL=write`)', 'recording adds')}
Round by round (paired with the \`--no-record\` round beside it), the median p50 ratio: recording adds **${paired('recorded')}** (95 % interval ${interval('recorded')})${modes.includes('journal-only') ? `, journal only ${paired('journal-only')}` : ''}${modes.includes('recorded-alt') ? `, committing every ${altCommitMs} ms ${paired('recorded-alt')}` : ''}${modes.includes('recorded-write') ? `, with a write(2) journal ${paired('recorded-write')}` : ''}.
Per round, p50 ${modes.join(' / ')}: ${results.plain.map((_, i) => modes.map((m) => results[m][i]!.p50.toFixed(3)).join(' / ')).join('; ')} ms.
Target (issue 8): recording adds under 10 % to screening latency at 1,000 screens/s.
`
console.log(md)
if (process.argv.includes('--write'))
  writeFileSync(join(import.meta.dirname, 'results', 'record-overhead-http.md'), md)
