/**
 * Delta against full re-screening of monitored counterparties on a real list change.
 * Run: npx tsx bench/delta-rescreen.ts [counterparties] [before] [after]
 *   (default 10000 2024-02-27 2024-02-28: the dated SDN versions in ../shared/data/lists/ofac_sdn/versions).
 * Not part of npm test. Both runs start from a copy of the same store, so they do the same work up to the
 * re-screen; their alerts are compared and must be equal.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { diffVersions } from '../src/changes/diff-versions.js'
import { factories } from '../src/cli/default-deps.js'
import type { Counterparty } from '../src/model/counterparty.js'
import type { Dataset } from '../src/model/dataset.js'
import { rescreenSource } from '../src/service/changes/rescreen.js'
import { screenCounterparties } from '../src/service/changes/screen-counterparties.js'
import { versionEngine } from '../src/service/changes/watch-context.js'
import { sharedFile } from '../src/sources/common/shared-data.js'
import { readDataset } from '../src/sources/detect/read-dataset.js'
import { openStore } from '../src/store/open-store.js'

const count = Number(process.argv[2] ?? 10_000)
const before = process.argv[3] ?? '2024-02-27'
const after = process.argv[4] ?? '2024-02-28'
const file = (d: string) => sharedFile(`ofac_sdn/versions/sdn_${d}.csv`) ?? process.exit(1)
const options = { factories, actor: 'bench', now: () => new Date(), endpoints: [] }

const [old, next] = [await readDataset(file(before)), await readDataset(file(after))]
function side(d: Dataset) {
  return {
    label: d.origin.join(),
    source: d.source,
    published: d.published,
    contentHash: d.contentHash,
    entities: d.entities,
  }
}
// Counterparties: the names the change adds, removes or edits (the alerts to find), every 150th SDN name of
// the old version (matches the change leaves alone), the rest synthetic non-listed people.
const diff = diffVersions(side(old), side(next))
const touched = [
  ...diff.added.map((e) => e.name),
  ...diff.removed.map((e) => e.name),
  ...diff.changed.map((c) => c.old.name),
]
const listed = [...touched, ...old.entities.filter((_, i) => i % 150 === 0).map((e) => e.name)]
const people = readFileSync(sharedFile('negatives/synthetic_persons_us_50k.csv') ?? process.exit(1), 'utf8')
  .split('\n')
  .slice(1)
  .map((l) => l.split(',')[0]!)
const counterparties: Counterparty[] = [...listed, ...people]
  .slice(0, count)
  .map((name, i) => ({ id: `C${i}`, name }))

const dir = mkdtempSync(join(tmpdir(), 'tc-bench-'))
const base = join(dir, 'base.db')
let store = await openStore(`sqlite:${base}`)
await store.importDataset(old)
const { added } = await store.watch.upsertCounterparties(counterparties, new Date())
const t0 = performance.now()
const first = await screenCounterparties(store, added, options)
const firstMs = performance.now() - t0
await store.importDataset(next)
await store.close()

async function run(mode: 'delta' | 'full') {
  const path = join(dir, `${mode}.db`)
  copyFileSync(base, path)
  store = await openStore(`sqlite:${path}`)
  global.gc?.()
  const c0 = process.cpuUsage()
  const w0 = performance.now()
  // The engine over the version in force: every deployment that screens builds it once per version (serve
  // keeps it), so it is timed apart from the re-screen.
  const active = (await store.activeVersions()).find((v) => v.source === 'ofac_sdn')!
  const engine = versionEngine(active, await store.loadEntities(active.id), factories)
  const prepareCpu = cpuSince(c0)
  const report = await rescreenSource(store, 'ofac_sdn', { ...options, mode, engine })
  const wall = performance.now() - w0
  const cpu = cpuSince(c0)
  const alerts = (await store.watchAlerts.list({ limit: 1_000_000 }))
    .filter((a) => a.versionId === report.toVersionId && a.previousVersionId)
    .map((a) => `${a.kind} ${a.counterpartyId} ${a.entityId}`)
    .sort()
  await store.close()
  return { report, wall, cpu, prepareCpu, alerts }
}

function cpuSince(c0: NodeJS.CpuUsage): number {
  const c = process.cpuUsage(c0)
  return (c.user + c.system) / 1000
}

const full = await run('full')
const delta = await run('delta')
const same = JSON.stringify(full.alerts) === JSON.stringify(delta.alerts)
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`
const line = (name: string, r: Awaited<ReturnType<typeof run>>) =>
  `${name}: ${ms(r.cpu)} CPU (${ms(r.wall)} wall) = engine ${ms(r.prepareCpu)} + diff ${ms(r.report.cpuMs.diff)} + re-screen ${ms(r.report.cpuMs.screen)} + rest; ${r.report.screened.toLocaleString('en')} counterparties screened against the whole version; alerts ${JSON.stringify(r.report.alerts)}`
console.log(
  [
    `change: ofac_sdn ${before} (${old.entities.length.toLocaleString('en')} entries) -> ${after} (${next.entities.length.toLocaleString('en')}); ${delta.report.touchedEntries} entries touched (${((100 * delta.report.touchedEntries) / next.entities.length).toFixed(2)} %)`,
    `counterparties: ${count.toLocaleString('en')} (${touched.length} names the change touches, ${listed.length - touched.length} other SDN names, the rest synthetic people); first screening ${ms(firstMs)}, ${first.alerts.new} possible matches`,
    `matcher: ${factories.matcherVersion}, threshold ${factories.defaultThreshold}`,
    line('full ', full),
    line('delta', delta),
    `speed-up of the re-screen step: ${(full.report.cpuMs.screen / delta.report.cpuMs.screen).toFixed(1)}x CPU (${(full.report.ms.screen / delta.report.ms.screen).toFixed(1)}x wall); of the whole, engine and diff included: ${(full.cpu / delta.cpu).toFixed(1)}x CPU (${(full.wall / delta.wall).toFixed(1)}x wall)`,
    `same alerts from both: ${same} (${delta.alerts.length})`,
    `load average: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 20)} MB RAM, node ${process.version}`,
  ].join('\n'),
)
