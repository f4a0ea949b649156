/**
 * What recording adds to screening (issue 8: under 10 % at 1,000 screens/s on the embedded store).
 *
 *   npx tsx bench/record-overhead.ts [--queries N] [--rounds R] [--commit-ms 50] [--write]
 *
 * One engine over the bundled data in a fresh SQLite store. The same query mix (half listed names, some with
 * typos; half made-up clear names) is screened in rounds that alternate three ways:
 * - screening alone, the answer serialised as `serve` sends it;
 * - screening + recording through the journal (`serve` on the embedded store): the answer and its record are
 *   serialised together (screenTexts) and the record's line is appended to the journal before the answer leaves; a committer thread moves it (and the alerts of its matches) into the
 *   store; the round's time includes waiting for the final commit;
 * - screening + recording in a transaction per answer (what `screen` and MCP do), for comparison.
 * Then paced runs at 1,000 screens per second (open loop, as a server sees them), without and with recording
 * through the journal, give the latency each screen sees (from its due time to its answer) and the CPU spent;
 * a third paced mode writes the journal but commits nothing (bench/null-committer.mjs), to tell the answering
 * thread's own cost from that of the commits running beside it. `--commit-ms N` sets the commit interval;
 * `--rounds R` the paced rounds of each mode (default 15): each recorded round is set against the round
 * beside it without recording, and the median of those ratios comes with a bootstrap 95 % interval.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { factories } from '../src/cli/default-deps.js'
import { ensureBundled } from '../src/service/bundled.js'
import { JournaledRecords } from '../src/service/journaled-records.js'
import { engineFromStore } from '../src/service/open-engine.js'
import { recordScreening } from '../src/service/record-screening.js'
import { screenJson } from '../src/service/screen-json.js'
import { screenTexts } from '../src/service/screen-texts.js'
import { openStore } from '../src/store/open-store.js'
import { journalDir } from '../src/store/sqlite/record-journal.js'
import { median, pairedRatio, pct } from './paired-ratio.js'
import { procCpuMs, waitForQuiet } from './proc-cpu.js'
import { queryMix } from './queries.js'

const args = process.argv.slice(2)
const size = Number(args[args.indexOf('--queries') + 1]) || 2000
const pacedRoundCount = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 15
const commitMs = args.includes('--commit-ms') ? Number(args[args.indexOf('--commit-ms') + 1]) : undefined
const file = join(mkdtempSync(join(tmpdir(), 'tc-rec-')), 'bench.db')
const store = await openStore(`sqlite:${file}`)
await ensureBundled(store, factories.readDataset)
const engine = await engineFromStore(store, factories, { closeStore: false })
const queries = queryMix([...engine.entities()], size).map((q) => ({
  name: q.name!,
  ...(q.country ? { country: q.country } : {}),
}))
const options = { threshold: engine.defaultThreshold }
const sink = new JournaledRecords(file, journalDir(file), commitMs === undefined ? {} : { commitMs })
// The same, with journal segments written by write(2) rather than through a memory mapping.
const sinkWrite = new JournaledRecords(file, `${journalDir(file)}-write`, {
  journal: 'write',
  ...(commitMs === undefined ? {} : { commitMs }),
})
// The same journal, with a committer that stores nothing: what the answering thread pays on its own.
const journalOnly = new JournaledRecords(file, `${journalDir(file)}-only`, {
  workerScript: new URL('./null-committer.mjs', import.meta.url),
})

type Mode = 'plain' | 'journaled' | 'direct' | 'journal-only' | 'journaled-write'
let sent = 0
/**
 * Screens one query; returns the ms spent after the answer was built: serialising it (and, recording, its
 * journal line and the append) — the part recording changes; the matching before it is the same code either way.
 */
async function screenOne(query: (typeof queries)[number], mode: Mode): Promise<number> {
  // The answer as `serve` sends it (its JSON text) is the baseline; recording comes on top, done as `serve`
  // does it: through the journal, answer and journal line serialised together; or a transaction per answer.
  const now = new Date()
  const answer = screenJson(engine.screen(query, options), (id) => engine.entity(id), now)
  const answered = performance.now()
  if (mode === 'plain') {
    sent += JSON.stringify(answer).length
  } else if (mode === 'direct') {
    const recordId = await recordScreening(
      store,
      engine,
      { query, options, matches: answer.matches },
      'bench',
      now,
    )
    sent += JSON.stringify({ ...answer, recordId }).length
  } else {
    const texts = screenTexts(engine, query, options, answer, 'bench', now)
    await (mode === 'journaled' ? sink : mode === 'journaled-write' ? sinkWrite : journalOnly).writeLine(
      texts.line,
    )
    sent += texts.body.length
  }
  return performance.now() - answered
}

/** CPU time of this (the answering) thread alone, in ms: Linux keeps it per thread; the pid is the main one. */
const threadCpuMs = (): number => procCpuMs('self', process.pid)

/** Answering thread wall time until the last answer left, and its CPU per screen. */
const answered: number[] = []
const threadCpu: Record<Mode, number[]> = {
  plain: [],
  journaled: [],
  direct: [],
  'journal-only': [],
  'journaled-write': [],
}
async function round(mode: Mode): Promise<number> {
  const t0 = performance.now()
  const c0 = threadCpuMs()
  for (const query of queries) await screenOne(query, mode)
  threadCpu[mode].push((threadCpuMs() - c0) / queries.length)
  if (mode === 'journaled') {
    answered.push((performance.now() - t0) / queries.length)
    await sink.flush()
  }
  return (performance.now() - t0) / queries.length
}

const times: Record<Mode, number[]> = {
  plain: [],
  journaled: [],
  direct: [],
  'journal-only': [],
  'journaled-write': [],
}
await round('plain')
await round('journaled') // the first alerts of the listed names are raised here, as in a warm system
answered.length = 0
threadCpu.plain.length = 0
threadCpu.journaled.length = 0
for (let i = 0; i < 5; i++)
  for (const mode of ['plain', 'journaled', 'direct'] as const) times[mode].push(await round(mode))
// The median round: one round slowed by another process on the shared cores does not move it.
const cost = (mode: Mode) => (median(times[mode]) / median(times.plain) - 1) * 100

// Paced at 1,000 screens a second, as a server sees them: each screen starts at its due time whether or not
// the ones before have been answered (their records may still be on the way to the journal). The latency
// each screen sees and the CPU spent, in rounds alternating with and without recording so that load from
// other processes falls on both alike. Between screens the thread first lets the event loop run (timers,
// the committer's messages), then sleeps until the next is due: timers alone wake a millisecond late at
// best, which would add most of a millisecond of waiting to every screen and hide what recording costs.
const sleeper = new Int32Array(new SharedArrayBuffer(4))
async function paced(mode: Mode, n: number, offset: number) {
  const latencies: number[] = []
  const afterAnswer: number[] = []
  const answers: Array<Promise<void>> = []
  const cpu0 = process.cpuUsage()
  const thread0 = threadCpuMs()
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const due = start + i
    await new Promise((r) => setImmediate(r))
    const wait = due - performance.now()
    if (wait > 0) Atomics.wait(sleeper, 0, 0, wait)
    answers.push(
      screenOne(queries[(offset + i) % queries.length]!, mode).then((after) => {
        latencies.push(performance.now() - due)
        afterAnswer.push(after)
      }),
    )
  }
  await Promise.all(answers)
  const thread = (threadCpuMs() - thread0) / n
  if (mode === 'journaled') await sink.flush()
  if (mode === 'journaled-write') await sinkWrite.flush()
  const elapsed = performance.now() - start
  const used = process.cpuUsage(cpu0)
  latencies.sort((a, b) => a - b)
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!
  return {
    rate: (n * 1000) / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    cpu: (used.user + used.system) / 1000 / n,
    thread,
    after: median(afterAnswer),
  }
}
type Paced = Awaited<ReturnType<typeof paced>>
const n = Math.min(2000, queries.length)
type PacedMode = 'plain' | 'journaled' | 'journal-only' | 'journaled-write'
const pacedRounds: Record<PacedMode, Paced[]> = {
  plain: [],
  journaled: [],
  'journal-only': [],
  'journaled-write': [],
}
let waitedMs = 0
for (let r = 0; r < pacedRoundCount; r++)
  for (const mode of ['plain', 'journaled', 'journal-only', 'journaled-write'] as const) {
    // A round starts once other processes leave the cores alone (see bench/proc-cpu.ts).
    waitedMs += (await waitForQuiet(() => [process.pid])).waitedMs
    pacedRounds[mode].push(await paced(mode, n, r * n))
  }
const pacedMedian = (mode: PacedMode): Paced => {
  const rs = pacedRounds[mode]
  const pick = (f: (p: Paced) => number) => median(rs.map(f))
  return {
    rate: pick((p) => p.rate),
    p50: pick((p) => p.p50),
    p99: pick((p) => p.p99),
    cpu: pick((p) => p.cpu),
    thread: pick((p) => p.thread),
    after: pick((p) => p.after),
  }
}
const pacedPlain = pacedMedian('plain')
const pacedJournaled = pacedMedian('journaled')
const pacedJournalOnly = pacedMedian('journal-only')
const pacedWrite = pacedMedian('journaled-write')
const more = (a: number, b: number) => `${((b / a - 1) * 100).toFixed(1)} %`
/** Round by round, the p50 of a mode against the plain round beside it: median ratio and 95 % interval. */
const paired = (mode: PacedMode) => {
  const r = pairedRatio(
    pacedRounds.plain.map((p) => p.p50),
    pacedRounds[mode].map((p) => p.p50),
  )
  return `${pct(r.median)} (95 % interval ${pct(r.low)} to ${pct(r.high)})`
}
await sink.close()
await journalOnly.close()
await sinkWrite.close()
await store.close()

const row = (label: string, p: Paced) =>
  `| ${label} | ${p.rate.toFixed(0)} | ${p.p50.toFixed(3)} | ${p.p99.toFixed(2)} | ${p.thread.toFixed(3)} | ${p.cpu.toFixed(3)} |`
const ms = (xs: number[]) => `${median(xs).toFixed(3)} ms (${xs.map((x) => x.toFixed(3)).join(', ')})`
const md = `# Recording overhead on the embedded store

Command: \`npx tsx bench/record-overhead.ts --queries ${size} --write\`
Machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average when done: ${loadavg()
  .map((x) => x.toFixed(2))
  .join(' ')} (shared machine)
Data: bundled CSL 2026-07-31 + UN 2026-02-27 in a fresh SQLite store (WAL, synchronous=NORMAL); ${queries.length} queries (bench/queries.ts mix: half listed names, some with a typo; half made-up clear names); matcher ${engine.matcherVersion}, threshold ${engine.defaultThreshold}; answers serialised as \`serve\` sends them (${(sent / 1e6).toFixed(0)} MB in all)
Date: ${new Date().toISOString().slice(0, 10)}

## Per screen, rounds alternating (5 each, same process)

| mode | median round, per screen (all rounds) | recording costs |
| --- | --- | --- |
| screening alone | ${ms(times.plain)} | – |
| + recorded through the journal (\`serve\`): until the last answer left | ${ms(answered)} | **${((median(answered) / median(times.plain) - 1) * 100).toFixed(1)} %** |
| same, until the committer thread had stored the last record | ${ms(times.journaled)} | ${cost('journaled').toFixed(1)} % |
| + recorded in a transaction per answer (\`screen\`, MCP) | ${ms(times.direct)} | ${cost('direct').toFixed(1)} % |

CPU of the answering thread alone (Linux per-thread counters, 10 ms ticks; unaffected by the committer
thread and other processes taking the cores, which the wall-clock figures above are not):

| mode | CPU per screen, median round (all rounds) | recording costs |
| --- | --- | --- |
| screening alone | ${ms(threadCpu.plain)} | – |
| + recorded through the journal | ${ms(threadCpu.journaled)} | **${((median(threadCpu.journaled) / median(threadCpu.plain) - 1) * 100).toFixed(1)} %** |
| + recorded in a transaction per answer | ${ms(threadCpu.direct)} | ${((median(threadCpu.direct) / median(threadCpu.plain) - 1) * 100).toFixed(1)} % |

## Paced at 1,000 screens/s (${pacedRoundCount} rounds of ${n} screens each way, alternating; medians of the rounds)

Each round started once other processes had used under 0.15 cores for half a second (waited ${(waitedMs / 1000).toFixed(0)} s in all).

| run | achieved screens/s | p50 latency ms | p99 latency ms | answering thread CPU ms per screen | process CPU ms per screen |
| --- | --- | --- | --- | --- | --- |
${row('screening alone', pacedPlain)}
${row(`recorded through the journal (segments ${sink.journalKind})`, pacedJournaled)}
| **recording adds** | | **${more(pacedPlain.p50, pacedJournaled.p50)}** | ${more(pacedPlain.p99, pacedJournaled.p99)} | ${more(pacedPlain.thread, pacedJournaled.thread)} | ${more(pacedPlain.cpu, pacedJournaled.cpu)} |
${row('diagnosis: journal only (a committer that stores nothing)', pacedJournalOnly)}
| journal only adds | | ${more(pacedPlain.p50, pacedJournalOnly.p50)} | ${more(pacedPlain.p99, pacedJournalOnly.p99)} | ${more(pacedPlain.thread, pacedJournalOnly.thread)} | ${more(pacedPlain.cpu, pacedJournalOnly.cpu)} |
${row('recorded, journal segments by write(2) (`TC_JOURNAL=write`)', pacedWrite)}
| write(2) journal adds | | ${more(pacedPlain.p50, pacedWrite.p50)} | ${more(pacedPlain.p99, pacedWrite.p99)} | ${more(pacedPlain.thread, pacedWrite.thread)} | ${more(pacedPlain.cpu, pacedWrite.cpu)} |

Latency is from each screen's due time to its answer. The answering thread's CPU is what recording takes
from screening; the process's includes the committer thread's (the commits, on the other core).
The journal-only row separates what the answering thread pays itself (building the record, writing its line)
from what the commits running at the same time on the other core cost it.
Round by round (each against the round without recording beside it), the median p50 ratio: recording
through the journal adds **${paired('journaled')}**; journal only ${paired('journal-only')}; a write(2)
journal ${paired('journaled-write')}.
What recording adds to each screen's own work, timed inside it (the matching before it is the same code in both
modes; these medians are the steadiest figure on a noisy machine): after the answer was built, serialising it takes
${(pacedPlain.after * 1000).toFixed(1)} µs alone; serialising answer and journal line and appending the line
${(pacedJournaled.after * 1000).toFixed(1)} µs (journal only ${(pacedJournalOnly.after * 1000).toFixed(1)}, write(2) ${(pacedWrite.after * 1000).toFixed(1)}): **+${((pacedJournaled.after - pacedPlain.after) * 1000).toFixed(1)} µs, ${(((pacedJournaled.after - pacedPlain.after) / pacedPlain.p50) * 100).toFixed(1)} % of the median screen's latency**
(medians of the rounds' medians).
Per round, p50 alone / recorded / journal only / recorded by write(2): ${pacedRounds.plain.map((p, i) => `${p.p50.toFixed(3)} / ${pacedRounds.journaled[i]!.p50.toFixed(3)} / ${pacedRounds['journal-only'][i]!.p50.toFixed(3)} / ${pacedRounds['journaled-write'][i]!.p50.toFixed(3)}`).join('; ')} ms.
Target (issue 8): recording adds under 10 %.
`
console.log(md)
if (args.includes('--write')) writeFileSync(join(import.meta.dirname, 'results', 'record-overhead.md'), md)
