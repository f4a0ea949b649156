/**
 * Import of the full bundled data into a fresh embedded store (issue 2: under 10 s and under 500 MB).
 *
 *   npx tsx bench/import-bundled.ts [--runs N] [--write]
 *
 * Each run is a separate child process (a cold start: nothing cached, memory measured from zero) that reads
 * the bundled snapshots, imports them into a new SQLite file and reports its wall time and peak RSS.
 * `--write` writes bench/results/import.md.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1]) || 3

if (args.includes('--child')) {
  const { readDataset } = await import('../src/sources/detect/read-dataset.js')
  const { bundledDatasets } = await import('../src/service/bundled.js')
  const { openStore } = await import('../src/store/open-store.js')
  const db = args[args.indexOf('--child') + 1]!
  const t0 = performance.now()
  const store = await openStore(`sqlite:${db}`)
  let read = 0
  let records = 0
  for (const { path } of await bundledDatasets()) {
    const r0 = performance.now()
    const dataset = await readDataset(path)
    read += performance.now() - r0
    records += dataset.entities.length
    await store.importDataset(dataset)
  }
  await store.close()
  const ms = performance.now() - t0
  console.log(JSON.stringify({ ms, readMs: read, records, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
} else {
  const results: Array<{ ms: number; readMs: number; records: number; maxRssMb: number }> = []
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'tc-import-'))
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--child', join(dir, 'bench.db')],
      {
        encoding: 'utf8',
      },
    )
    rmSync(dir, { recursive: true, force: true })
    results.push(JSON.parse(out.trim().split('\n').at(-1)!))
  }
  const fmt = (xs: number[]) =>
    `${Math.min(...xs).toFixed(0)} / ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(0)} / ${Math.max(...xs).toFixed(0)}`
  const table = [
    '| measure (min / mean / max over runs) | figure | target |',
    '| --- | --- | --- |',
    `| wall time, open store + read + import (ms) | ${fmt(results.map((r) => r.ms))} | < 10,000 |`,
    `| of which reading the files (ms) | ${fmt(results.map((r) => r.readMs))} | |`,
    `| peak resident memory (MB) | ${fmt(results.map((r) => r.maxRssMb))} | < 500 |`,
    `| records imported | ${results[0]!.records} | |`,
  ].join('\n')
  const md = `# Import of the bundled data into the embedded store

Command: \`npx tsx bench/import-bundled.ts --runs ${runs} --write\` (each run a fresh child process and a new SQLite file)
Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average when done: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (the machine is shared)
Data: data/lists/us_csl_consolidated_2026-07-31.json.gz and data/lists/un_consolidated_2026-02-27.xml.gz (CSL 2026-07-31, UN 2026-02-27)
Date: ${new Date().toISOString().slice(0, 10)}

${table}
`
  console.log(md)
  if (args.includes('--write')) writeFileSync(join(import.meta.dirname, 'results', 'import.md'), md)
}
