/**
 * What recording adds to screening (issue 8: under 10 % at 1,000 screens/s on the embedded store).
 *
 *   npx tsx bench/record-overhead.ts [--queries N] [--write]
 *
 * One engine over the bundled data in a fresh SQLite store. The same query mix (half listed names, some with
 * typos; half made-up clear names) is screened in rounds that alternate: screening alone, then screening plus
 * `recordScreening` (the record insert, and for matches the review-queue alerts) — what `screen`, the API and
 * MCP do. Latency is per screen, wall clock; the ratio is what recording costs. Then a paced run at 1,000
 * screens per second checks the store keeps up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { factories } from '../src/cli/default-deps.js'
import { ensureBundled } from '../src/service/bundled.js'
import { engineFromStore } from '../src/service/open-engine.js'
import { recordScreening } from '../src/service/record-screening.js'
import { matchJson } from '../src/service/screen-json.js'
import { openStore } from '../src/store/open-store.js'
import { queryMix } from './queries.js'

const args = process.argv.slice(2)
const size = Number(args[args.indexOf('--queries') + 1]) || 2000
const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), 'tc-rec-')), 'bench.db')}`)
await ensureBundled(store, factories.readDataset)
const engine = await engineFromStore(store, factories, { closeStore: false })
const queries = queryMix([...engine.entities()], size).map((q) => ({
  name: q.name!,
  ...(q.country ? { country: q.country } : {}),
}))
const options = { threshold: engine.defaultThreshold }
const now = new Date()

async function round(record: boolean): Promise<number> {
  const t0 = performance.now()
  for (const query of queries) {
    const result = engine.screen(query, options)
    if (!record) continue
    const matches = result.matches.map((m) => matchJson(m, engine.entity(m.entityId)))
    await recordScreening(store, engine, { query, options, matches }, 'bench', now)
  }
  return (performance.now() - t0) / queries.length
}

const plain: number[] = []
const recorded: number[] = []
await round(false)
for (let i = 0; i < 3; i++) {
  plain.push(await round(false))
  recorded.push(await round(true))
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const ratio = mean(recorded) / mean(plain)

// Paced: 1,000 screens a second for 5 seconds, each recorded; how far behind the schedule it falls.
const paced = Math.min(5000, queries.length * 3)
const start = performance.now()
let late = 0
for (let i = 0; i < paced; i++) {
  const due = start + i
  const wait = due - performance.now()
  if (wait > 0) await new Promise((r) => setTimeout(r, wait))
  const query = queries[i % queries.length]!
  const matches = engine.screen(query, options).matches.map((m) => matchJson(m, engine.entity(m.entityId)))
  await recordScreening(store, engine, { query, options, matches }, 'bench', now)
  late = Math.max(late, performance.now() - due)
}
const achieved = (paced * 1000) / (performance.now() - start)
await store.close()

const md = `# Recording overhead on the embedded store

Command: \`npx tsx bench/record-overhead.ts --queries ${size} --write\`
Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average when done: ${loadavg()
  .map((x) => x.toFixed(2))
  .join(' ')} (shared machine)
Data: bundled CSL 2026-07-31 + UN 2026-02-27 in a fresh SQLite store (WAL, synchronous=NORMAL); ${queries.length} queries (bench/queries.ts mix: half listed names, some with a typo; half made-up clear names); matcher ${engine.matcherVersion}, threshold ${engine.defaultThreshold}
Date: ${new Date().toISOString().slice(0, 10)}

| measure | figure |
| --- | --- |
| screening alone, mean per screen (3 rounds) | ${mean(plain).toFixed(3)} ms (${plain.map((x) => x.toFixed(3)).join(', ')}) |
| screening + recording (record insert, alerts for matches), mean per screen | ${mean(recorded).toFixed(3)} ms (${recorded.map((x) => x.toFixed(3)).join(', ')}) |
| **recording costs** | **${((ratio - 1) * 100).toFixed(1)} %** (target: under 10 %) |
| paced at 1,000 screens/s for ${paced} screens, each recorded | ${achieved.toFixed(0)} screens/s achieved, worst lateness ${late.toFixed(1)} ms |

Each recorded screen is its own SQLite transaction (the record; the alerts of a match in a second one).
`
console.log(md)
if (args.includes('--write')) writeFileSync(join(import.meta.dirname, 'results', 'record-overhead.md'), md)
