/**
 * Delta against full re-screening of monitored counterparties on a real list change.
 * Run: npx tsx bench/delta-rescreen.ts [counterparties] [before] [after] [rounds]
 *   (default 10000 2024-02-27 2024-02-28 3: the dated SDN versions in ../shared/data/lists/ofac_sdn/versions).
 * Not part of npm test. Every run starts from a copy of the same store, so they do the same work up to the
 * re-screen; runs alternate full, delta, delta, full, ... and medians are shown; all alerts must be equal.
 */
import { copyFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
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
const rounds = Number(process.argv[5] ?? 3)
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
const i0 = process.cpuUsage()
const iw = performance.now()
const { added } = await store.watch.upsertCounterparties(counterparties, new Date())
const importWall = performance.now() - iw
const importCpu = cpuSince(i0)
const rows = async (t: 'watch_terms' | 'watch_term_keys') =>
  Number(
    (
      await store.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
const indexRows = { terms: await rows('watch_terms'), keys: await rows('watch_term_keys') }
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

type Run = Awaited<ReturnType<typeof run>>
const runs: Record<'full' | 'delta', Run[]> = { full: [], delta: [] }
for (let i = 0; i < rounds; i++) {
  const order = i % 2 === 0 ? (['full', 'delta'] as const) : (['delta', 'full'] as const)
  for (const mode of order) runs[mode].push(await run(mode))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
/** Per-field medians of the runs of one mode (each figure on its own, so they need not add up exactly). */
const summary = (rs: Run[]) => ({
  report: rs[0]!.report,
  alerts: rs[0]!.alerts,
  cpu: median(rs.map((r) => r.cpu)),
  wall: median(rs.map((r) => r.wall)),
  prepareCpu: median(rs.map((r) => r.prepareCpu)),
  diffCpu: median(rs.map((r) => r.report.cpuMs.diff)),
  screenCpu: median(rs.map((r) => r.report.cpuMs.screen)),
  screenWall: median(rs.map((r) => r.report.ms.screen)),
})
const full = summary(runs.full)
const delta = summary(runs.delta)
const all = [...runs.full, ...runs.delta].map((r) => JSON.stringify(r.alerts))
const same = all.every((a) => a === all[0])
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`
const line = (name: string, r: ReturnType<typeof summary>) =>
  `${name}: ${ms(r.cpu)} CPU (${ms(r.wall)} wall) = engine ${ms(r.prepareCpu)} + diff ${ms(r.diffCpu)} + re-screen ${ms(r.screenCpu)} (${ms(r.screenWall)} wall) + rest ${ms(r.cpu - r.prepareCpu - r.diffCpu - r.screenCpu)}; ${r.report.reached ? `${r.report.reached.toLocaleString('en')} counterparties brought by the index, ` : ''}${r.report.screened.toLocaleString('en')} screened against the whole version; alerts ${JSON.stringify(r.report.alerts)}`
const perRun = (rs: Run[]) => rs.map((r) => Math.round(r.report.cpuMs.screen)).join(', ')
console.log(
  [
    `change: ofac_sdn ${before} (${old.entities.length.toLocaleString('en')} entries) -> ${after} (${next.entities.length.toLocaleString('en')}); ${delta.report.touchedEntries} entries touched (${((100 * delta.report.touchedEntries) / next.entities.length).toFixed(2)} %)`,
    `counterparties: ${count.toLocaleString('en')} (${touched.length} names the change touches, ${listed.length - touched.length} other SDN names, the rest synthetic people); first screening ${ms(firstMs)}, ${first.alerts.new} possible matches`,
    `import with the delta index: ${ms(importCpu)} CPU (${ms(importWall)} wall); ${indexRows.terms.toLocaleString('en')} name terms, ${indexRows.keys.toLocaleString('en')} term keys; store file ${Math.round(statSync(base).size / 2 ** 20)} MB`,
    `${rounds} rounds, full and delta alternating; medians per figure; re-screen step CPU per run: full ${perRun(runs.full)}, delta ${perRun(runs.delta)}`,
    `matcher: ${factories.matcherVersion}, threshold ${factories.defaultThreshold}`,
    line('full ', full),
    line('delta', delta),
    `speed-up of the re-screen step: ${(full.screenCpu / delta.screenCpu).toFixed(1)}x CPU (${(full.screenWall / delta.screenWall).toFixed(1)}x wall); of the whole, engine and diff included: ${(full.cpu / delta.cpu).toFixed(1)}x CPU (${(full.wall / delta.wall).toFixed(1)}x wall)`,
    `same alerts from every run: ${same} (${delta.alerts.length})${same ? '' : `; full only: ${full.alerts.filter((a) => !delta.alerts.includes(a)).join(', ')}; delta only: ${delta.alerts.filter((a) => !full.alerts.includes(a)).join(', ')}`}`,
    `load average: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `machine: ${cpus()[0]?.model ?? '?'} x${cpus().length}, ${Math.round(totalmem() / 2 ** 20)} MB RAM, node ${process.version}`,
  ].join('\n'),
)
