import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

const listed = Array.from({ length: 30 }, (_, i) =>
  entity({ id: `SDN:${i}`, list: 'SDN', name: `Listed Party ${i}` }),
)

async function db(): Promise<string> {
  const url = tempDb()
  const store = await openStore(url)
  await store.importDataset(dataset('ofac_sdn', '2024-05-03', listed))
  await store.close()
  return url
}

function input(rows: number): string {
  const path = join(tmpdir(), `queue-${process.pid}-${rows}.jsonl`)
  const lines = Array.from({ length: rows }, (_, i) =>
    i % 7 === 3
      ? `{"id":"r${i}","name":""}`
      : `{"id":"r${i}","name":"${i % 5 === 0 ? `Listed Party ${i % 30}` : `Clear Name ${i}`}"}`,
  )
  writeFileSync(path, `${lines.join('\n')}\n`)
  return path
}

describe('screen --input --queue', () => {
  it('gives the same results in the same order as the in-process batch, through the job queue', async () => {
    const url = await db()
    const file = input(2500)
    const direct = await runCli(['screen', '--input', file, '--no-record'], { db: url })
    const queued = await runCli(['screen', '--input', file, '--queue'], { db: url })
    expect(queued.err).toMatch(/job job_\w+: 2500 rows in 3 chunks on the queue/)
    expect(queued.out).toBe(direct.out)
    expect(queued.code).toBe(direct.code)
    const lines = queued.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 2500 }, (_, i) => `r${i}`))

    const store = await openStore(url)
    const [job] = await store.jobs.list({ limit: 1 })
    const records = await store.records.list({ limit: 10_000 })
    await store.close()
    expect(job).toMatchObject({ status: 'done', totalRows: 2500, totalChunks: 3 })
    // Every good row is recorded once, by the worker that completed its chunk.
    expect(records).toHaveLength(2500 - lines.filter((l) => l.error).length)

    const again = await runCli(['jobs', 'results', job!.id], { db: url })
    expect(again.out).toBe(queued.out)
    const status = await runCli(['jobs', 'status', job!.id], { db: url })
    expect(status.out.trim()).toBe(`${job!.id} done: 2500/2500 rows, 3/3 chunks done, 0 in progress`)

    const kept = await runCli(['jobs', 'prune', '--older-than', '1'], { db: url, today: '2026-11-29' })
    expect(kept.out).toBe('removed 0 finished jobs created before 2026-11-28\n')
    const pruned = await runCli(['jobs', 'prune', '--older-than', '0'], { db: url, today: '2026-12-31' })
    expect(pruned.out).toBe('removed 1 finished jobs created before 2026-12-31\n')
    expect((await runCli(['jobs', 'prune', '--older-than', 'x'], { db: url })).err).toBe(
      'error: --older-than: must be a whole number of days, not "x"\n',
    )
  })

  it('refuses --queue without a store, and names a missing job', async () => {
    const r = await runCli(['screen', '--input', input(3), '--queue'], { entities: listed })
    expect(r.err.trim()).toBe('error: --queue: needs a store (--db), not --dataset files')
    expect(r.code).toBe(2)
    const missing = await runCli(['jobs', 'status', 'job_nope'], { db: await db() })
    expect(missing.err.trim()).toBe('error: JOB_ID: no batch job job_nope')
  })
})
