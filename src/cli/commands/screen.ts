import { createWriteStream } from 'node:fs'
import { type Command, Option } from 'commander'
import { badInput } from '../../errors.js'
import type { ScreenQuery, SearchOptions } from '../../match/types.js'
import type { AnswerRecord, VersionRef } from '../../model/answer-record.js'
import { isListCode, type ListCode } from '../../model/entity.js'
import { type PartyOwnership, partyOwnership } from '../../ownership/party-ownership.js'
import { subjectKey } from '../../review/subject-key.js'
import type { BatchRow } from '../../service/batch-input.js'
import { batchFormatFor, openBatchFile, readBatch } from '../../service/batch-input.js'
import type { BatchResult } from '../../service/batch-output.js'
import { CSV_HEADER, formatResult, type OutputFormat } from '../../service/batch-output.js'
import { enqueueBatch, jobResults } from '../../service/batch-queue.js'
import { runWorker } from '../../service/batch-worker.js'
import { engineCache } from '../../service/engine-cache.js'
import { parseScreenQuery } from '../../service/query-schema.js'
import { answerRecord, versionRefs } from '../../service/record-answer.js'
import { raiseAlerts } from '../../service/review.js'
import { screenRows } from '../../service/screen-batch.js'
import { type MatchJson, type ScreenJson, screenJson } from '../../service/screen-json.js'
import type { ScreenInput } from '../../service/screen-replay.js'
import type { Store } from '../../store/store.js'
import { describeData, formatScreenText } from '../format/screen-text.js'
import type { CliDeps, CliState, EngineHandle } from '../io.js'
import { loadOwnership } from '../load-ownership.js'
import { collect, parseThreshold } from '../options.js'
import { progressBar } from '../progress.js'

interface ScreenFlags {
  type?: string
  country?: string
  dob?: string
  threshold?: string
  lists?: string
  dataset: string[]
  json?: boolean
  input?: string
  format?: string
  output?: string
  db?: string
  record?: boolean
  graph: string[]
  asOf?: string
  queue?: boolean
  localWorkers?: string
}

export function registerScreen(program: Command, deps: CliDeps, state: CliState): void {
  program
    .command('screen')
    .description('screen a name, or a batch file (--input), against the restricted-party lists')
    .argument('[name]', 'the name to screen')
    .addOption(new Option('--type <type>', 'person, organization, vessel or aircraft'))
    .option('--country <CC>', 'ISO country code of the party')
    .option('--dob <date>', 'date or year of birth: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--threshold <x>', 'report matches at or above this score (0..1)')
    .option('--lists <codes>', 'only these lists, comma-separated: EL,SDN,UVL,...')
    .option(
      '--dataset <path>',
      'screen against this list file or folder instead of the store (repeatable)',
      collect,
      [],
    )
    .option('--json', 'print the answer as JSON')
    .option('--input <file>', 'screen every row of a JSONL or CSV file')
    .option('--format <format>', 'input format: jsonl or csv (default: from the file name)')
    .option('--output <file>', 'write batch results here (default: standard output); .csv writes CSV')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option(
      '--graph <file>',
      'ownership graph (FtM JSON lines or owner,owned,percent,as_of CSV): report "owned by" listed parties (repeatable)',
      collect,
      [],
    )
    .option('--as-of <date>', 'with ownership: the day the 50 % rules are judged for (default today)')
    .option('--no-record', 'do not record the answer in the store (recorded answers can be replayed)')
    .option(
      '--queue',
      "batch: put the rows on the store's job queue for workers (see `tradecontrols worker`)",
    )
    .option('--local-workers <n>', 'with --queue: workers in this process (0: only external workers)', '1')
    .action(async (name: string | undefined, flags: ScreenFlags) => {
      const options = searchOptions(flags)
      if (flags.input !== undefined) {
        if (name !== undefined) throw badInput('name', 'give either a name or --input FILE, not both')
        state.exitCode = await screenFile(flags, options, deps)
        return
      }
      if (name === undefined) throw badInput('name', 'is required (or give --input FILE)')
      const query = parseScreenQuery(
        dropUndefined({ name, type: flags.type, country: flags.country, dob: flags.dob }),
        '',
      )
      const engine = await deps.openEngine(engineRequest(flags))
      try {
        const threshold = options.threshold ?? engine.defaultThreshold
        const resolved = { ...options, threshold }
        const result: ScreenJson & { ownership?: OwnershipJson } = screenJson(
          engine.screen(query, resolved),
          (id) => engine.entity(id),
          deps.now(),
        )
        const ownership = await ownershipOf(engine, query.name, flags, deps)
        if (ownership) result.ownership = ownership
        if (engine.store && flags.record !== false) {
          const record = screenRecord(engine, { query, options: resolved }, result.matches, deps)
          await engine.store.records.insert(record)
          result.recordId = record.id
          await raiseFor(engine, query, result.matches, record.id, deps)
        }
        deps.io.out(
          flags.json
            ? `${JSON.stringify(result, null, 2)}\n`
            : formatScreenText(result, threshold) + ownershipText(ownership),
        )
        state.exitCode = result.matches.length > 0 || ownership?.restrictionsApply ? 3 : 0
      } finally {
        await engine.close()
      }
    })
}

async function screenFile(flags: ScreenFlags, options: SearchOptions, deps: CliDeps): Promise<number> {
  const file = flags.input!
  const format = batchFormatFor(file, flags.format)
  const outFormat: OutputFormat = flags.output && /\.csv$/i.test(flags.output) ? 'csv' : 'jsonl'
  const input = await openBatchFile(file)
  const engine = await deps.openEngine(engineRequest(flags))
  const out = flags.output ? createWriteStream(flags.output) : undefined
  const write = (line: string) => (out ? out.write(`${line}\n`) : deps.io.out(`${line}\n`))
  const bar = progressBar(deps.io, 'screening')
  const counts = { rows: 0, matched: 0, bad: 0 }
  const resolved = { ...options, threshold: options.threshold ?? engine.defaultThreshold }
  const rows = readBatch(input, format, file)
  try {
    const results = flags.queue
      ? queuedResults(engine, rows, resolved, flags, deps, (done, total) => bar.tick(done, total))
      : inProcessResults(engine, rows, resolved, flags.record === false ? undefined : engine.store, deps)
    if (outFormat === 'csv') write(CSV_HEADER)
    for await (const result of results) {
      counts.rows++
      if (result.error) counts.bad++
      else if (result.matches.length) counts.matched++
      write(formatResult(result, outFormat))
      if (!flags.queue) bar.tick(counts.rows)
    }
  } finally {
    bar.done()
    await engine.close()
    if (out)
      await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  }
  deps.io.err(
    `screened ${counts.rows} rows against ${describeData(engine.data.map((d) => ({ ...d, published: d.published ?? null, ageDays: null })))}: ` +
      `${counts.matched} with matches, ${counts.bad} bad rows${counts.bad ? ' (their lines carry "error")' : ''}\n`,
  )
  if (counts.bad) return 2
  return counts.matched ? 3 : 0
}

/** Screens in this process, in input order, recording the answers in bulk. */
async function* inProcessResults(
  engine: EngineHandle,
  rows: AsyncIterable<BatchRow>,
  options: SearchOptions,
  store: Store | undefined,
  deps: CliDeps,
): AsyncGenerator<BatchResult> {
  const pending: AnswerRecord[] = []
  for await (const { row, result } of screenRows(engine, rows, options)) {
    if (store && row.query)
      pending.push(screenRecord(engine, { query: row.query, options }, result.matches ?? [], deps))
    if (pending.length >= 500) await store?.records.insertMany(pending.splice(0))
    yield result
  }
  await store?.records.insertMany(pending.splice(0))
}

/**
 * Puts the batch on the store's job queue and streams the results in input order as workers finish chunks:
 * `--local-workers` in this process, plus any `tradecontrols worker` on the same store.
 */
async function* queuedResults(
  engine: EngineHandle,
  rows: AsyncIterable<BatchRow>,
  options: SearchOptions,
  flags: ScreenFlags,
  deps: CliDeps,
  onProgress: (done: number, total: number) => void,
): AsyncGenerator<BatchResult> {
  const store = engine.store
  if (!store) throw badInput('--queue', 'needs a store (--db), not --dataset files')
  const localWorkers = parseCount(flags.localWorkers ?? '1', '--local-workers')
  const versions = versionRefs(engine.data)
  const cache = engineCache(store, deps.factories)
  const engineFor = async (pinned: readonly VersionRef[]) =>
    sameVersions(pinned, versions) ? engine : cache(pinned)
  const stop = new AbortController()
  const workers = Array.from({ length: localWorkers }, () =>
    runWorker(store, engineFor, { signal: stop.signal, idleMs: 50 }),
  )
  try {
    const jobOptions = flags.record === false ? { ...options, record: false } : options
    const job = await enqueueBatch(store, rows, {
      caller: deps.actor,
      options: jobOptions,
      versions,
      now: deps.now(),
    })
    deps.io.err(`job ${job.jobId}: ${job.rows} rows in ${job.chunks} chunks on the queue\n`)
    yield* jobResults(store, job.jobId, { onProgress })
  } finally {
    stop.abort()
    await Promise.allSettled(workers)
  }
}

const sameVersions = (a: readonly VersionRef[], b: readonly VersionRef[]) =>
  a.length === b.length &&
  a.every((v) => b.some((w) => w.versionId === v.versionId && w.contentHash === v.contentHash))

function parseCount(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw badInput(flag, `must be a whole number from 0 to 64, not "${value}"`)
  return n
}

function searchOptions(flags: ScreenFlags): SearchOptions {
  const options: SearchOptions = {}
  if (flags.threshold !== undefined) options.threshold = parseThreshold(flags.threshold)
  if (flags.lists !== undefined) options.lists = parseLists(flags.lists)
  return options
}

function parseLists(value: string): ListCode[] {
  const codes = value
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean)
  const unknown = codes.filter((c) => !isListCode(c))
  if (unknown.length || codes.length === 0)
    throw badInput('--lists', `unknown list code ${unknown.join(', ') || '(none given)'}`)
  return codes as ListCode[]
}

function engineRequest(flags: ScreenFlags): { db?: string; datasets?: string[] } {
  const request: { db?: string; datasets?: string[] } = {}
  if (flags.db !== undefined) request.db = flags.db
  if (flags.dataset.length) request.datasets = flags.dataset
  return request
}

function dropUndefined(o: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, string>
}

function screenRecord(
  engine: EngineHandle,
  input: ScreenInput,
  matches: MatchJson[],
  deps: CliDeps,
): AnswerRecord {
  return answerRecord({
    kind: 'screen',
    engine,
    input,
    settings: { threshold: input.options.threshold, lists: input.options.lists ?? null },
    result: { matches },
    attention: matches.length > 0,
    caller: deps.actor,
    now: deps.now(),
  })
}

/** Every match of a recorded screening goes to the review queue (de-duplicated, allow rules applied). */
async function raiseFor(
  engine: EngineHandle,
  query: ScreenQuery,
  matches: MatchJson[],
  recordId: string,
  deps: CliDeps,
  store = engine.store,
): Promise<void> {
  if (!store || matches.length === 0) return
  await raiseAlerts(store, {
    subject: { query, key: subjectKey(query) },
    matches,
    entity: (id) => engine.entity(id),
    recordId,
    actor: deps.actor,
    now: deps.now(),
  })
}

/** "Owned by" findings for the screened party, when an ownership graph is known (FtM relations or --graph). */
interface OwnershipJson {
  asOf: string
  restrictionsApply: boolean
  summary: string[]
  findings: PartyOwnership['findings']
}

async function ownershipOf(
  engine: EngineHandle,
  name: string,
  flags: ScreenFlags,
  deps: CliDeps,
): Promise<OwnershipJson | undefined> {
  if (!flags.graph.length && !engine.relations.some((r) => r.kind === 'ownership')) return undefined
  const index = await loadOwnership(engine, { graphs: flags.graph }, (line) =>
    deps.io.err(`warning: ${line}\n`),
  )
  if (!index) return undefined
  const asOf = flags.asOf ?? deps.now().toISOString().slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw badInput('--as-of', `must be YYYY-MM-DD, not "${asOf}"`)
  const found = partyOwnership(index, { name }, asOf, engine)
  if (found.findings.length === 0 && found.cautions.length === 0) return undefined
  return {
    asOf,
    restrictionsApply: found.restrictionsApply,
    summary: found.summary,
    findings: found.findings,
  }
}

function ownershipText(o: OwnershipJson | undefined): string {
  if (!o) return ''
  return `\nOwnership (as of ${o.asOf}):\n${o.summary.map((l) => `  ${l}\n`).join('')}${o.restrictionsApply ? "  The owners' restrictions apply to this party.\n" : ''}`
}
