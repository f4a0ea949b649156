/**
 * Time to gather and render evidence reports.
 *
 *   npx tsx bench/report-render.ts [--alerts N] [--write]
 *
 * Builds an embedded store with N listed entries (a third of them in Chinese, Cyrillic or Arabic script),
 * screens one counterparty against each so that N alerts open, decides half of them (with allow rules), then
 * times an alert report and the counterparty report (all N alerts) in JSON, CSV and PDF with the system
 * fonts. `--write` also writes bench/results/report-render.md.
 */
import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { type RenderedReport, type ReportFormat, renderReport } from '../src/report/render.js'
import { alertReport, counterpartyReport } from '../src/service/evidence-report.js'
import { engineFromStore } from '../src/service/open-engine.js'
import { systemReportFonts } from '../src/service/report-fonts.js'
import { decideAlert } from '../src/service/review.js'
import { openStore } from '../src/store/open-store.js'
import { dataset, entity } from '../test/support/fixtures.js'
import { at, reportFactories, screenAndRaise } from '../test/support/report-scenario.js'

const args = process.argv.slice(2)
const n = Number(args[args.indexOf('--alerts') + 1]) || 100
const SCRIPTS = [
  'Listed Trading Company',
  '中国电子科技集团公司研究所',
  'Иванов Сергей Петрович',
  'محمد بن سلمان للتجارة',
]

const store = await openStore('sqlite::memory:')
const listed = Array.from({ length: n }, (_, i) =>
  entity({
    id: `SDN:${i}`,
    list: 'SDN',
    name: `${SCRIPTS[i % 4]} ${i}`,
    programs: ['SDGT'],
    countries: ['AE'],
  }),
)
await store.importDataset(dataset('ofac_sdn', '2026-03-02', listed))
const engine = await engineFromStore(store, reportFactories, { closeStore: false })
const ids: string[] = []
for (const e of listed) {
  // The simple matcher may also match a neighbour ("... 1" and "... 13"); the queue keeps one alert per entry.
  for (const a of await screenAndRaise(
    store,
    engine,
    { name: e.name },
    at('2026-03-03T09:00:00Z'),
    'CP-BENCH',
  )) {
    ids.push(a.id)
    if (ids.length % 2 === 1 && a.status === 'open')
      await decideAlert(
        store,
        a.id,
        { decision: 'false-positive', reason: 'different party', actor: 'bob', allow: {} },
        { fourEyes: false },
        (id) => engine.entity(id),
      )
  }
}
const ctx = { now: new Date(), actor: 'bench' }
const fonts = systemReportFonts()

async function time<T>(
  label: string,
  work: () => Promise<T>,
  runs = 5,
): Promise<{ label: string; ms: number; value: T }> {
  let value = await work() // warm-up
  const t0 = performance.now()
  for (let i = 0; i < runs; i++) value = await work()
  return { label, ms: (performance.now() - t0) / runs, value }
}

const rows: string[] = []
const one = await time('gather: one alert', () => alertReport(store, ids[0]!, ctx))
const all = await time(
  `gather: counterparty (${ids.length} alerts)`,
  () => counterpartyReport(store, { counterpartyId: 'CP-BENCH' }, ctx),
  3,
)
rows.push(`| ${one.label} | ${one.ms.toFixed(1)} | |`, `| ${all.label} | ${all.ms.toFixed(1)} | |`)
for (const [what, report] of [
  ['one alert', one.value],
  [`counterparty (${ids.length} alerts)`, all.value],
] as const)
  for (const format of ['json', 'csv', 'pdf'] as ReportFormat[]) {
    const r = await time<RenderedReport>(
      `render ${format}: ${what}`,
      () => renderReport(report, format, { fonts }),
      3,
    )
    rows.push(`| ${r.label} | ${r.ms.toFixed(1)} | ${r.value.body.length.toLocaleString('en')} |`)
  }
await store.close()

const table = ['| step | ms (mean) | bytes |', '|---|---|---|', ...rows].join('\n')
console.log(table)
if (args.includes('--write')) {
  const header = `# Report rendering\n\n\`npx tsx bench/report-render.ts --alerts ${n} --write\` on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, embedded store in memory. PDFs embed subsets of DejaVu Sans and Droid Sans Fallback.\n\n`
  writeFileSync(join(import.meta.dirname, 'results', 'report-render.md'), `${header}${table}\n`)
}
