/**
 * The server the load test drives, in its own process: a fresh embedded store with the bundled data, one
 * screener key, and the product matcher (default) or the constant-time lookup stand-in (`lookup`, to measure
 * the HTTP layer alone). `no-record` leaves out recording the answers; `journal-only` journals them with a
 * committer that stores nothing; `journal=write` writes journal segments by write(2); `commit-ms=N` commits
 * every N ms; `built` runs the product from dist/ (npm run build first); `profile=FILE` writes a CPU profile
 * of the answering thread from ready to stop, start-up left out. Prints {"url","key"} on stdout once ready;
 * stops on SIGTERM.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { lookupMatcher } from './lookup-matcher.js'

// `built`: the product from dist/, as `serve` runs it (bench/built.ts says why); else from the sources.
const from = process.argv.includes('built') ? '../dist' : '../src'
const { createApp } = (await import(`${from}/api/app.js`)) as typeof import('../src/api/app.js')
const { listen } = (await import(`${from}/api/server.js`)) as typeof import('../src/api/server.js')
const { factories } = (await import(
  `${from}/cli/default-deps.js`
)) as typeof import('../src/cli/default-deps.js')
const { ensureBundled } = (await import(
  `${from}/service/bundled.js`
)) as typeof import('../src/service/bundled.js')
const { engineFromStore } = (await import(
  `${from}/service/open-engine.js`
)) as typeof import('../src/service/open-engine.js')
const { openRecordSink } = (await import(
  `${from}/service/open-record-sink.js`
)) as typeof import('../src/service/open-record-sink.js')
const { openStore } = (await import(
  `${from}/store/open-store.js`
)) as typeof import('../src/store/open-store.js')

const lookup = process.argv.includes('lookup')
const record = !process.argv.includes('no-record')
// Diagnosis: journal every answer but commit nothing (bench/null-committer.mjs), as bench/record-overhead.ts does.
const journalOnly = process.argv.includes('journal-only')
// `journal=write`: journal segments written by write(2) rather than through a memory mapping.
if (process.argv.includes('journal=write')) process.env.TC_JOURNAL = 'write'
const dir = mkdtempSync(join(tmpdir(), 'tc-bench-'))
const store = await openStore(`sqlite:${join(dir, 'tc.db')}`)
await ensureBundled(store, factories.readDataset)
const engine = await engineFromStore(
  store,
  lookup ? { ...factories, buildMatcher: lookupMatcher } : factories,
  { closeStore: false },
)
const { secret } = await store.keys.create({ name: 'bench', role: 'screener', actor: 'bench' })
// As `serve` records on the embedded store: journaled, committed by a thread of its own.
const commitMs = process.argv.find((a) => a.startsWith('commit-ms='))?.slice('commit-ms='.length)
const { sink: records } = await openRecordSink(store, {
  record,
  ...(commitMs ? { commitMs: Number(commitMs) } : {}),
  ...(journalOnly ? { workerScript: new URL('./null-committer.mjs', import.meta.url) } : {}),
})
const created = createApp({
  store,
  ...(records ? { records } : {}),
  factories,
  engine: () => engine,
  now: () => new Date(),
  log: () => undefined, // as `serve --no-request-log`
  options: { rateLimit: 1_000_000, record },
})
const server = await listen(created, 0, '127.0.0.1')
const profile = process.argv.find((a) => a.startsWith('profile='))?.slice('profile='.length)
const profiler = profile ? new Session() : undefined
if (profiler) {
  profiler.connect()
  profiler.post('Profiler.enable')
  profiler.post('Profiler.start')
}
process.stdout.write(
  `${JSON.stringify({ url: server.url, key: secret, matcher: lookup ? 'lookup' : factories.matcherVersion, record })}\n`,
)
process.once('SIGTERM', async () => {
  if (profiler)
    await new Promise<void>((resolve) =>
      profiler.post('Profiler.stop', (_, r) => {
        writeFileSync(profile!, JSON.stringify(r.profile))
        resolve()
      }),
    )
  await server.close(1000)
  await records?.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  process.exit(0)
})
