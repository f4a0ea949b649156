/**
 * What the committer spends on one screening record, step by step (issue 8: the commits are what keeps
 * recording through `serve` over its budget on two cores).
 *
 *   npx tsx bench/commit-cost.ts [--queries N] [--rounds R] [--batch B] [--write]
 *
 * Screens the bench query mix once over the bundled data, then, for each round, turns every answer into its
 * short journal line (fresh record ids, as new screenings would have) and commits the lines in batches of B
 * (the committer's batch) into a fresh SQLite store, as the committer thread does. Reports CPU per record:
 * parsing the lines, building the records and alerts (entryOfLine, hashing), and the commit (rows, SQLite),
 * the commit round after round as the table and its indexes grow. Run under `node --cpu-prof` to see more.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { factories } from '../src/cli/default-deps.js'
import { ensureBundled } from '../src/service/bundled.js'
import { commitEntries, type JournalEntry, pendingOf } from '../src/service/journal-entry.js'
import { engineFromStore } from '../src/service/open-engine.js'
import { screenJson } from '../src/service/screen-json.js'
import { entryOfLine, type ScreenLine } from '../src/service/screen-line.js'
import { screenTexts } from '../src/service/screen-texts.js'
import { openStore } from '../src/store/open-store.js'
import { queryMix } from './queries.js'

const args = process.argv.slice(2)
const arg = (name: string, fallback: number): number =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback
const size = arg('--queries', 2000)
const rounds = arg('--rounds', 5)
const batchSize = arg('--batch', 250)

const dir = mkdtempSync(join(tmpdir(), 'tc-commit-'))
const source = await openStore(`sqlite:${join(dir, 'data.db')}`)
await ensureBundled(source, factories.readDataset)
const engine = await engineFromStore(source, factories, { closeStore: false })
const options = { threshold: engine.defaultThreshold }
const asked = queryMix([...engine.entities()], size).map((q) => ({
  name: q.name!,
  ...(q.country ? { country: q.country } : {}),
}))
const answers = asked.map((query) => ({
  query,
  answer: screenJson(engine.screen(query, options), (id) => engine.entity(id), new Date()),
}))
const hits = answers.filter((a) => a.answer.matches.length > 0).length

const store = await openStore(`sqlite:${join(dir, 'records.db')}`)
const cpu = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const perRecord = (ms: number): number => (ms * 1000) / answers.length
const rows: string[] = []
let bytes = 0
for (let r = 0; r < rounds; r++) {
  const lines = answers.map(
    ({ query, answer }) => screenTexts(engine, query, options, answer, 'bench', new Date()).line,
  )
  bytes = lines.reduce((n, l) => n + l.length, 0)
  let c = cpu()
  const parsed = lines.map((l) => JSON.parse(l) as JournalEntry | ScreenLine)
  const parse = cpu() - c
  c = cpu()
  const entries = parsed.map(entryOfLine)
  const build = cpu() - c
  c = cpu()
  for (const e of entries) pendingOf(e, () => undefined)
  const hash = cpu() - c
  c = cpu()
  for (let i = 0; i < entries.length; i += batchSize)
    await commitEntries(store, entries.slice(i, i + batchSize))
  const commit = cpu() - c
  rows.push(
    `| ${r + 1} | ${perRecord(parse).toFixed(1)} | ${perRecord(build).toFixed(1)} | ${perRecord(hash).toFixed(1)} | ${perRecord(commit).toFixed(1)} | ${perRecord(parse + build + commit).toFixed(1)} |`,
  )
}
const md = `# What the committer spends on a screening record

Command: \`npx tsx bench/commit-cost.ts --queries ${size} --rounds ${rounds} --batch ${batchSize}\`
Machine: ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 16)} UTC
Data: bundled CSL 2026-07-31 + UN 2026-02-27; ${answers.length} screenings a round (bench/queries.ts mix, ${hits} with matches), short journal lines of ${Math.round(bytes / answers.length)} bytes on average, committed in batches of ${batchSize} into a fresh SQLite store (WAL, synchronous=NORMAL) as the committer thread does

CPU µs a record, one thread, nothing paced (the first round also raises the alerts of the listed names; the
commit builds the records again, hashes them, checks which are stored, writes the rows and the alerts):

| round | parse the line | build (entryOfLine) | hash the result (pendingOf: done again in the commit) | commit | parse + build + commit |
|---|---|---|---|---|---|
${rows.join('\n')}
`
console.log(md)
if (args.includes('--write')) writeFileSync(join(import.meta.dirname, 'results', 'commit-cost.md'), md)
await store.close()
await source.close()
await engine.close?.()
