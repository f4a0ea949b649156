import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { buildMatcher } from '../match/build-matcher.js'
import type { MatcherSnapshot } from '../match/snapshot.js'
import type { Match, Matcher, ScreenQuery, SearchOptions } from '../match/types.js'
import type { Entity } from '../model/entity.js'

export interface BatchOptions extends SearchOptions {
  /** Worker threads for a large input; default: the machine's available parallelism. 0 screens in process. */
  workers?: number
  /** Inputs with fewer queries than this are screened in process (starting threads costs a second). */
  minParallel?: number
  /** Queries per message to a worker. */
  chunkSize?: number
  /** A matcher already built over the same entities: used for small inputs, and its snapshot starts the threads. */
  matcher?: Matcher & { snapshot?: () => MatcherSnapshot }
  /** The worker script; defaults to batch-worker beside this module (tests point at the built one). */
  workerScript?: URL
}

/** One result per input query, in input order: the matches, or the error that query raised. */
export type BatchResult = Match[] | { error: string }

const DEFAULTS = { minParallel: 5_000, chunkSize: 256 }
/** Chunks in flight per worker: enough to keep it busy, few enough to keep memory flat on a long stream. */
const IN_FLIGHT = 4

/**
 * Screens a stream of queries, yielding one result per query in input order. Small inputs are screened in
 * this thread; once an input reaches `minParallel` queries it is spread over worker threads (each builds its
 * own index), with bounded read-ahead so that an endless stream runs in bounded memory.
 */
export async function* screenBatch(
  entities: readonly Entity[],
  queries: AsyncIterable<ScreenQuery> | Iterable<ScreenQuery>,
  options: BatchOptions = {},
): AsyncGenerator<BatchResult> {
  const { workers, minParallel, chunkSize, matcher, workerScript, ...search } = { ...DEFAULTS, ...options }
  const it = toAsync(queries)[Symbol.asyncIterator]()
  const head: ScreenQuery[] = []
  let done = false
  while (head.length < minParallel) {
    const n = await it.next()
    if (n.done) {
      done = true
      break
    }
    head.push(n.value)
  }
  const threads = workers ?? availableParallelism()
  if (done || threads <= 0) {
    const m = matcher ?? buildMatcher(entities)
    const rest = done ? [] : { [Symbol.asyncIterator]: () => it }
    for (const q of head) yield screenOne(m, q, search)
    for await (const q of rest) yield screenOne(m, q, search)
    return
  }
  const snapshot = matcher?.snapshot?.()
  yield* parallel(entities, head, it, { threads, chunkSize, search, workerScript, snapshot })
}

function screenOne(m: Matcher, q: ScreenQuery, options: SearchOptions): BatchResult {
  try {
    return m.search(q, options)
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) }
  }
}

async function* parallel(
  entities: readonly Entity[],
  head: ScreenQuery[],
  it: AsyncIterator<ScreenQuery>,
  o: {
    threads: number
    chunkSize: number
    search: SearchOptions
    workerScript: URL | undefined
    snapshot: MatcherSnapshot | undefined
  },
): AsyncGenerator<BatchResult> {
  const script =
    o.workerScript ??
    new URL(`./batch-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url)
  const pool = Array.from(
    { length: o.threads },
    () => new Worker(script, { workerData: { entities, options: o.search, snapshot: o.snapshot } }),
  )
  const pending = new Map<number, (results: BatchResult[]) => void>()
  // A crashed thread fails the batch instead of hanging it.
  const failure = new Promise<never>((_, reject) => {
    for (const w of pool) {
      w.on('error', reject)
      w.on('exit', (code) => code !== 0 && reject(new Error(`screening thread stopped with code ${code}`)))
    }
  })
  failure.catch(() => undefined)
  for (const w of pool) {
    w.on('message', (msg: { seq?: number; results?: BatchResult[] }) => {
      if (msg.seq !== undefined) pending.get(msg.seq)?.(msg.results!)
    })
  }
  const inFlight: Array<Promise<BatchResult[]>> = []
  let seq = 0
  const buffer = head
  let exhausted = false
  const send = (chunk: ScreenQuery[]) => {
    const s = seq++
    inFlight.push(
      new Promise((resolve) =>
        pending.set(s, (results) => {
          pending.delete(s)
          resolve(results)
        }),
      ),
    )
    pool[s % pool.length]!.postMessage({ seq: s, queries: chunk })
  }
  const fill = async () => {
    while (!exhausted && inFlight.length < o.threads * IN_FLIGHT) {
      while (buffer.length < o.chunkSize && !exhausted) {
        const n = await it.next()
        if (n.done) exhausted = true
        else buffer.push(n.value)
      }
      if (buffer.length) send(buffer.splice(0, o.chunkSize))
    }
  }
  try {
    await fill()
    while (inFlight.length) {
      const results = await Promise.race([inFlight[0]!, failure])
      inFlight.shift()
      yield* results
      await fill()
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
}

async function* toAsync<T>(xs: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* xs
}
