import { describe, expect, it } from 'vitest'
import type { BatchRow } from '../../src/service/batch-input.js'
import { enqueueBatch } from '../../src/service/batch-queue.js'
import { startWorker } from '../support/processes.js'
import { batchJsonl, planted, rowKind } from './batch-input.js'
import { LEASE_SECONDS, leaseOf, until, useCluster } from './cluster.js'
import { CSL_V2, LISTED_NAMES } from './lists.js'
import { answeredVersion, screeningTraffic } from './traffic.js'

const ROWS = 100_000

/**
 * Issue 9's "done when", with real processes: two `tradecontrols serve` and two `tradecontrols worker` on one
 * PostgreSQL. The tests run in order on the same cluster.
 */
// Real processes on a shared 2-core machine: each step waits on its own deadline (until), so the test's own
// timeout only has to cover their sum.
describe('two API instances and two workers on one PostgreSQL', { timeout: 300_000 }, () => {
  const cluster = useCluster()
  let v2 = ''

  it('switches both instances to a list version imported mid-traffic, with no mixed answer', async () => {
    const c = cluster()
    const urls = c.api.map((a) => a.url)
    const traffic = screeningTraffic(urls, c.keys.admin)
    await until(() => (traffic.answers.length >= 40 ? true : undefined), 30_000, 'traffic on v1')
    // Another process (this test) puts the new version in force while requests flow.
    v2 = (await c.store.importDataset(CSL_V2)).version.id
    const committed = performance.now()
    const ids = { v1: c.versions.v1, v2, un: c.versions.un }
    const firstNew = await until(
      () => {
        const seen = urls.map((_, i) =>
          traffic.answers.find((a) => a.instance === i && answeredVersion(a, ids) === 'v2'),
        )
        return seen.every((a) => a !== undefined) ? seen : undefined
      },
      30_000,
      'both instances on v2',
    )
    const settled = traffic.answers.length
    await until(() => (traffic.answers.length >= settled + 40 ? true : undefined), 30_000, 'traffic on v2')
    await traffic.stop()

    const byVersion = { v1: 0, v2: 0 }
    for (const a of traffic.answers) byVersion[answeredVersion(a, ids)]++
    expect(byVersion.v1).toBeGreaterThan(0)
    expect(byVersion.v2).toBeGreaterThan(40)
    // Once an instance answered on v2, every request sent to it afterwards is answered on v2.
    for (const [i, first] of firstNew.entries()) {
      const later = traffic.answers.filter((a) => a.instance === i && a.sentAt > first.receivedAt)
      expect(later.length).toBeGreaterThan(0)
      expect(later.filter((a) => answeredVersion(a, ids) === 'v1')).toEqual([])
      // NOTIFY reaches the instance, which loads v2 before answering with it: a few seconds at most.
      expect(first.receivedAt - committed).toBeLessThan(15_000)
    }
    for (const { url, proc } of c.api) {
      const ready = await json(await fetch(`${url}/ready`))
      expect(ready.data.find((d: { source: string }) => d.source === 'us_csl').versionId).toBe(v2)
      const metrics = await (
        await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${c.keys.admin}` } })
      ).text()
      expect(metrics).toContain(`tradecontrols_list_version_info{source="us_csl",version_id="${v2}"`)
      expect(proc.events().filter((e) => e.event === 'switched')).toHaveLength(1)
    }
  })

  it('loses no row and duplicates none of a 100,000-row batch when a worker is killed mid-chunk', async () => {
    const c = cluster()
    const [a, b] = c.api
    const upload = await fetch(`${a!.url}/v1/batches?name=customers.jsonl`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.keys.batch}`, 'content-type': 'application/x-ndjson' },
      body: batchJsonl(ROWS),
    })
    expect(upload.status).toBe(202)
    const jobId = (await json(upload)).id as string
    // Kill the first worker while it holds a chunk, once a few chunks are done. It is frozen (SIGSTOP) before
    // its lease is read: a lease read from a running worker may be completed before the kill lands.
    const victim = c.workers[0]!
    const held = await until(
      async () => {
        const p = await c.store.jobs.progress(jobId)
        if (!p || p.doneChunks < 5) return undefined
        victim.kill('SIGSTOP')
        const lease = await leaseOf(c.store, victim.pid, jobId)
        if (!lease) victim.kill('SIGCONT')
        return lease
      },
      90_000,
      'the first worker mid-chunk',
    )
    victim.kill('SIGKILL')
    expect(await victim.exited).toBe('SIGKILL')
    // A replacement joins; the killed worker's chunk moves on when its lease runs out.
    const replacement = await startWorker(c.db, [
      ...['--lease-seconds', String(LEASE_SECONDS), '--metrics-port', '0'],
      ...['--metrics-token', 'worker-scrape-token'],
    ])
    c.workers[0] = replacement
    const view = await until(
      async () => {
        const res = await fetch(`${b!.url}/v1/batches/${jobId}`, {
          headers: { authorization: `Bearer ${c.keys.batch}` },
        })
        const job = await json(res)
        return job.status === 'done' ? job : undefined
      },
      120_000,
      'the batch to finish',
    )
    expect(view).toMatchObject({ total: ROWS, done: ROWS, bad: ROWS / 1000 })

    // Every input row has exactly one result, in input order, read back through the other instance.
    const res = await fetch(`${b!.url}/v1/batches/${jobId}/results`, {
      headers: { authorization: `Bearer ${c.keys.batch}` },
    })
    const lines = (await res.text()).trimEnd().split('\n')
    expect(lines).toHaveLength(ROWS)
    let wrong = 0
    for (const [i, line] of lines.entries()) {
      const r = JSON.parse(line) as { id: string; matches?: Array<{ name: string }>; error?: unknown }
      const kind = rowKind(i)
      const ok =
        r.id === `r${i}` &&
        (kind === 'bad'
          ? r.error !== undefined
          : kind === 'listed'
            ? r.matches!.some((m) => m.name === planted(i).name)
            : r.matches !== undefined)
      if (!ok) wrong++
    }
    expect(wrong).toBe(0)

    // The killed chunk was taken over and completed once.
    const chunk = await c.store.db
      .selectFrom('batch_chunks')
      .select(['status', 'attempts'])
      .where('job_id', '=', held.jobId)
      .where('seq', '=', held.seq)
      .executeTakeFirstOrThrow()
    expect(chunk.status).toBe('done')
    expect(Number(chunk.attempts)).toBeGreaterThanOrEqual(2)

    // One record per good row, and one alert per subject and listed entry, each pointing at a kept record.
    const records = await c.store.db
      .selectFrom('answer_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('caller', '=', c.keys.batchId)
      .executeTakeFirstOrThrow()
    expect(Number(records.n)).toBe(ROWS - ROWS / 1000)
    // The batch's subjects carry a country; the screenings of the first test raised alerts of their own.
    const alerts = (await c.store.alerts.list({ limit: 10_000 })).filter((al) => al.subject.query.country)
    const pairs = new Set(alerts.map((al) => `${al.subject.key}|${al.entityId}`))
    expect(pairs.size).toBe(alerts.length)
    const subjects = new Set(alerts.map((al) => al.subject.key))
    expect(subjects.size).toBe(LISTED_NAMES.length * 7)
    const recordIds = alerts.map((al) => al.recordId!)
    const kept = await c.store.db
      .selectFrom('answer_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('id', 'in', recordIds)
      .executeTakeFirstOrThrow()
    expect(Number(kept.n)).toBe(new Set(recordIds).size)

    // The replacement worker's own metrics: the rows it committed, for the token only.
    const metricsUrl = `${replacement.events()[0]!.metrics}/metrics`
    expect((await fetch(metricsUrl)).status).toBe(401)
    const metrics = await (
      await fetch(metricsUrl, { headers: { authorization: 'Bearer worker-scrape-token' } })
    ).text()
    expect(Number(/^tradecontrols_worker_rows_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(0)
    expect(metrics).toMatch(/^tradecontrols_batch_chunks\{state="pending"\} 0$/m)
  })

  it('a worker stopped with SIGTERM finishes its chunk; stopped twice, it gives the chunk back', async () => {
    const c = cluster()
    const refs = (await c.store.activeVersions()).map((v) => ({
      versionId: v.id,
      source: v.source,
      contentHash: v.contentHash,
    }))
    // Big chunks (20,000 rows, seconds each), so the signals arrive while a chunk is in hand.
    const job = async () =>
      (
        await enqueueBatch(c.store, rows(60_000), {
          caller: c.keys.batchId,
          options: { record: false },
          versions: refs,
          chunkRows: 20_000,
        })
      ).jobId
    const finishing = c.workers[1]!
    const first = await job()
    const held = await until(() => leaseOf(c.store, finishing.pid, first), 60_000, 'a chunk in hand')
    finishing.kill('SIGTERM')
    expect(await finishing.exited).toBe(0)
    const done = finishing
      .events()
      .find((e) => e.event === 'chunk.done' && e.job === first && e.seq === held.seq)
    expect(done).toMatchObject({ job: first, rows: 20_000 })
    expect(finishing.events().at(-1)).toMatchObject({ event: 'stopped' })
    expect(await c.store.jobs.chunkResults(first, held.seq)).toHaveLength(20_000)

    // This worker's lease is long: only giving the chunk back lets the job finish soon.
    const givingBack = await startWorker(c.db, ['--lease-seconds', '600'])
    c.workers[1] = givingBack
    await until(async () => ((await c.store.jobs.get(first))?.status === 'done' ? true : undefined), 90_000)
    const second = await job()
    const returned = await until(() => leaseOf(c.store, givingBack.pid, second), 60_000, 'a chunk in hand')
    givingBack.kill('SIGTERM')
    await givingBack.waitForEvent((e) => e.event === 'stopping')
    givingBack.kill('SIGTERM')
    expect(await givingBack.exited).toBe(0)
    expect(givingBack.events().find((e) => e.event === 'chunk.returned')).toMatchObject({
      job: second,
      seq: returned.seq,
    })
    expect(await leaseOf(c.store, givingBack.pid)).toBeUndefined()
    c.workers[1] = await startWorker(c.db, ['--lease-seconds', String(LEASE_SECONDS)])
    await until(async () => ((await c.store.jobs.get(second))?.status === 'done' ? true : undefined), 90_000)
    const progress = await c.store.jobs.progress(second)
    expect(progress).toMatchObject({ doneRows: 60_000, doneChunks: 3 })
  })
})

async function* rows(n: number): AsyncGenerator<BatchRow> {
  for (let i = 0; i < n; i++)
    yield { line: i + 1, id: `t${i}`, query: { name: `Customer Number ${i} Limited` } }
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field
const json = async (res: Response): Promise<any> => res.json()
