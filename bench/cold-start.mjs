// A fresh process: import the built library, read the bundled lists, build the index (or restore it from the
// snapshot file given as the first argument); prints timings as JSON. Used by bench/run.ts.
import { readFileSync } from 'node:fs'
import { deserialize } from 'node:v8'

const c0 = process.cpuUsage()
const t0 = performance.now()
const { readDataset } = await import('../dist/sources/detect/read-dataset.js')
const { buildMatcher } = await import('../dist/match/build-matcher.js')
const t1 = performance.now()
const files = ['us_csl_consolidated_2026-07-31.json.gz', 'un_consolidated_2026-02-27.xml.gz']
const sets = await Promise.all(
  files.map((f) => readDataset(new URL(`../data/lists/${f}`, import.meta.url).pathname)),
)
const t2 = performance.now()
const c2 = process.cpuUsage()
const snapshot = process.argv[2] ? deserialize(readFileSync(process.argv[2])) : undefined
const m = buildMatcher(
  sets.flatMap((d) => d.entities),
  snapshot ? { snapshot } : {},
)
m.search({ name: 'Huawei' })
const t3 = performance.now()
const c3 = process.cpuUsage(c2)
const c = process.cpuUsage(c0)
const ms = (x) => Math.round(x)
const cpu = (u) => ms((u.user + u.system) / 1000)
const rssMB = Math.round(process.memoryUsage().rss / 1e6)
console.log(
  JSON.stringify({
    importMs: ms(t1 - t0),
    readMs: ms(t2 - t1),
    buildMs: ms(t3 - t2),
    totalMs: ms(t3),
    buildCpuMs: cpu(c3),
    totalCpuMs: cpu(c),
    rssMB,
  }),
)
