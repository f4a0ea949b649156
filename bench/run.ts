/**
 * Speed of the matcher over the bundled data, and the same queries through two baselines (fuse.js with its
 * defaults, brute-force Jaro-Winkler). `npm run build && npx tsx bench/run.ts [--baseline-sample 300]`
 * writes bench/results/<date>T<time>.md. Heavy: kept out of npm test.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { serialize } from 'node:v8'
import type { EvalCase } from '../eval/eval-case.js'
import { loadBundledEntities, REPO, SHARED } from '../eval/load-entities.js'
import { isExpected } from '../eval/metrics.js'
import { screenBatch } from '../src/batch/screen-batch.js'
import { buildMatcher } from '../src/match/build-matcher.js'
import { DEFAULT_THRESHOLD } from '../src/match/defaults.js'
import { bruteForceBaseline, fuseBaseline, rows } from './baselines.js'

const { values } = parseArgs({ options: { 'baseline-sample': { type: 'string' } } })
const sampleSize = Number(values['baseline-sample'] ?? 300)
const cases = readFileSync(join(SHARED, 'eval', 'dev_queries.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as EvalCase)
const out: string[] = []
const say = (s: string) => {
  console.log(s)
  out.push(s)
}

const { entities } = await loadBundledEntities()
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const matcher = buildMatcher(entities)
const buildMs = performance.now() - t0
const buildCpu = process.cpuUsage(cpu0)
const rss = process.memoryUsage().rss / 1e6

// Cold start in a fresh process on the built code: read the bundled files, build the index; then again with
// the index restored from a persisted snapshot.
const snapshotFile = join(tmpdir(), 'tradecontrols-matcher.snapshot')
writeFileSync(snapshotFile, serialize(matcher.snapshot()))
const coldStart = (...args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [join(REPO, 'bench', 'cold-start.mjs'), ...args], { encoding: 'utf8' }),
  )
const cold = coldStart()
const warmFile = coldStart(snapshotFile)

// Single queries, in process, after one warm-up pass.
for (const c of cases) matcher.search(c.query)
const times: number[] = []
const searchCpu0 = process.cpuUsage()
for (const c of cases) {
  const t = performance.now()
  matcher.search(c.query)
  times.push(performance.now() - t)
}
const searchCpu = process.cpuUsage(searchCpu0)
times.sort((a, b) => a - b)
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
const perCore = cases.length / (times.reduce((s, t) => s + t, 0) / 1000)

// Batch over worker threads: the dev queries five times over (22,365 queries).
const big = Array.from({ length: 5 }, () => cases.map((c) => c.query)).flat()
const built = new URL('../dist/batch/batch-worker.js', import.meta.url)
const tb = performance.now()
let n = 0
for await (const _ of screenBatch(entities, big, { workerScript: built, matcher })) n++
const batchSec = (performance.now() - tb) / 1000

// Baselines on a sample of the same queries (half positives, half negatives).
const pos = cases.filter((c) => c.expect.length).slice(0, sampleSize / 2)
const neg = cases.filter((c) => !c.expect.length).slice(0, sampleSize / 2)
const sample = [...pos, ...neg]
const all = rows(entities)
const ours = (name: string, c: EvalCase) => matcher.search({ ...c.query, name }).map((m) => m.name)
const baselines: Array<[string, (name: string, c: EvalCase) => string[]]> = [
  ['tradecontrols (this matcher)', ours],
  ['fuse.js 7, default options', fuseBaseline(all)],
  ['brute-force Jaro-Winkler ≥ 0.9', bruteForceBaseline(all)],
]
const rowsOut: string[] = []
// Ratios to our own row: the same sample, timed the same way (the first row).
let oursMs = 0
for (const [label, f] of baselines) {
  const t = performance.now()
  let found = 0
  let alerts = 0
  for (const c of sample) {
    const got = f(c.query.name, c)
    if (c.expect.length && got.some((name) => isExpected(c, { name }))) found++
    if (!c.expect.length && got.length) alerts++
  }
  const ms = (performance.now() - t) / sample.length
  oursMs ||= ms
  rowsOut.push(
    `| ${label} | ${ms.toFixed(3)} | ${(ms / oursMs).toFixed(0)}× | ${((found / pos.length) * 100).toFixed(1)} | ${((alerts / neg.length) * 100).toFixed(1)} |`,
  )
}

const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ')
say(`# Matcher benchmark, ${new Date().toISOString().slice(0, 10)}`)
say('')
say(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average at the end ${load} (the machine is shared: figures are pessimistic).`,
)
say(
  `Data: bundled snapshot, ${entities.length} records, ${matcher.size} indexed names. Queries: ../shared/eval/dev_queries.jsonl (${cases.length}). Threshold ${DEFAULT_THRESHOLD}.`,
)
say('Command: `npm run build && npx tsx bench/run.ts` (one run, a few minutes).')
say('')
say('| measure | figure | target |')
say('|---|---|---|')
say(`| single query p50 | ${q(0.5).toFixed(3)} ms | ≤ 0.5 ms |`)
say(`| single query p99 | ${q(0.99).toFixed(3)} ms | ≤ 5 ms |`)
say(`| single query max | ${q(1).toFixed(2)} ms | |`)
say(
  `| in-process throughput (1 core) | ${perCore.toFixed(0)} queries/s wall, ${(cases.length / ((searchCpu.user + searchCpu.system) / 1e6)).toFixed(0)} per CPU second | ≥ 2,000 /s per core |`,
)
say(
  `| batch over worker threads (${cpus().length}), ${big.length} queries | ${(n / batchSec).toFixed(0)} queries/s (${batchSec.toFixed(1)} s incl. thread start-up) | |`,
)
say(
  `| index build (warm process) | ${buildMs.toFixed(0)} ms wall, ${((buildCpu.user + buildCpu.system) / 1000).toFixed(0)} ms CPU | |`,
)
say(
  `| cold start: process start → index ready | ${cold.totalMs} ms wall, ${cold.totalCpuMs} ms CPU (import ${cold.importMs}, read lists ${cold.readMs}, build ${cold.buildMs} wall / ${cold.buildCpuMs} CPU) | ≤ 2 s |`,
)
say(
  `| cold start with a persisted index snapshot (${(statSync(snapshotFile).size / 1e6).toFixed(1)} MB) | ${warmFile.totalMs} ms wall, ${warmFile.totalCpuMs} ms CPU (read lists ${warmFile.readMs}, restore ${warmFile.buildMs} wall / ${warmFile.buildCpuMs} CPU) | ≤ 2 s |`,
)
say(`| resident memory after build | ${rss.toFixed(0)} MB (cold process: ${cold.rssMB} MB) | ≤ 400 MB |`)
say('')
say(
  `Baselines on the same ${sample.length} dev queries (${pos.length} positives, ${neg.length} negatives); ms per query, ratio to ours on the same sample:`,
)
say('')
say('| matcher | ms / query | vs ours | recall % | FPR % |')
say('|---|---|---|---|---|')
for (const r of rowsOut) say(r)
const stamp = new Date().toISOString().slice(0, 16).replace(':', '')
writeFileSync(join(REPO, 'bench', 'results', `${stamp}.md`), `${out.join('\n')}\n`)
