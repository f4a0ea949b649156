/**
 * HTTP throughput of POST /v1/screen: one `serve` instance, then two behind one port — through the small
 * reverse proxy (proxy.ts) and through Node's cluster module (cluster-serve.ts).
 * The setups take turns for `--rounds` rounds (the machine is shared: turns spread other load over all of them)
 * and the median round is reported. `npm run build && npx tsx bench/scale/http.ts [--seconds 10] [--rounds 3]`
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { machineBusy } from './cpu.js'
import { customers } from './customers.js'
import { benchDatabase, load, machine } from './setup.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '3' },
  },
})
const HERE = import.meta.dirname
const BIN = join(HERE, '..', '..', 'bin', 'tradecontrols.js')
const SERVE = ['--rate-limit', '0', '--batch-workers', '0', '--log-format', 'json']
const names: string[] = []
for await (const row of customers(200, 5)) names.push(row.query!.name)

const db = await benchDatabase()
const children: ChildProcess[] = []
console.log('## HTTP: POST /v1/screen, one instance against two behind one port\n')
console.log(`Machine: ${machine()}; load average before: ${load()}.`)
console.log(
  `Load: autocannon, ${values.connections} connections, ${values.seconds} s per setup, 200 rotating names (same generator as the batch); request log on, rate limit off.\n`,
)
console.log(`Rounds: ${values.rounds}, setups in turn; the round with the median requests/s is shown.\n`)
console.log(
  '| setup | requests/s (median) | all rounds | p50 ms | p99 ms | non-2xx | cores busy | load after |',
)
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
try {
  const one = await serve(['--port', '0'])
  const two = await serve(['--port', '0'])
  const setups: Array<[string, string]> = [
    ['1 instance', one],
    ['2 instances behind proxy.ts (round robin)', await proxy([one, two])],
    ['2 instances, Node cluster (shared port)', await clustered(2)],
    ['1 instance, Node cluster (primary in front)', await clustered(1)],
  ]
  const rounds = new Map<string, Measure[]>()
  for (let r = 0; r < Number(values.rounds); r++)
    for (const [name, url] of setups) rounds.set(name, [...(rounds.get(name) ?? []), await measure(url)])
  for (const [name, all] of rounds) {
    const sorted = [...all].sort((a, b) => a.rps - b.rps)
    const m = sorted[Math.floor(sorted.length / 2)]!
    const each = all.map((x) => Math.round(x.rps)).join(', ')
    console.log(
      `| ${name} | ${Math.round(m.rps)} | ${each} | ${m.p50} | ${m.p99} | ${m.non2xx} | ${m.busy} % | ${m.load} |`,
    )
  }
} finally {
  stopAll()
  await new Promise((r) => setTimeout(r, 3000))
  await db.drop()
  // Whatever has not stopped after its graceful shutdown is killed with the script.
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
  process.exit(0)
}

interface Measure {
  rps: number
  p50: number
  p99: number
  non2xx: number
  busy: number
  load: string
}

async function measure(url: string): Promise<Measure> {
  const busy = machineBusy()
  const out = await run(process.execPath, [
    join(HERE, 'load.mjs'),
    url,
    db.key,
    values.seconds,
    values.connections,
    JSON.stringify(names),
  ])
  const r = JSON.parse(out) as { rps: number; p50: number; p99: number; non2xx: number }
  return { ...r, busy: Math.round(busy() * 100), load: load() }
}

/** Starts `serve` and resolves with its URL once it is ready. */
function serve(flags: string[]): Promise<string> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db.url, ...SERVE, ...flags], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    let url = ''
    let seen = ''
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString()
      for (const line of seen.split('\n')) {
        if (!line.startsWith('{')) continue
        const e = JSON.parse(line) as { event: string; url?: string }
        if (e.event === 'listening') url = e.url!
        if (e.event === 'ready') resolve(url)
      }
    })
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${seen}`)))
  })
}

async function proxy(upstreams: string[]): Promise<string> {
  const port = 18_000 + Math.floor(Math.random() * 1000)
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(HERE, 'proxy.ts'), String(port), ...upstreams],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  children.push(child)
  await new Promise((resolve) => child.stdout!.once('data', resolve))
  return `http://127.0.0.1:${port}`
}

async function clustered(n: number): Promise<string> {
  const port = 19_000 + Math.floor(Math.random() * 1000)
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(HERE, 'cluster-serve.ts'), db.url, String(port), String(n), ...SERVE],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  children.push(child)
  let seen = ''
  await new Promise<void>((resolve) => {
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString()
      if ((seen.match(/"event":"ready"/g) ?? []).length >= n) resolve()
    })
  })
  return `http://127.0.0.1:${port}`
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
    })
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))))
  })
}

function stopAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
}
