import { beforeEach, describe, expect, it } from 'vitest'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import type { KyselyStore } from './kysely-store.js'

let n = 0
async function job(store: KyselyStore, chunks: number, seal = true): Promise<string> {
  const id = `job_test${++n}_${Date.now()}`
  await store.jobs.create({
    id,
    createdAt: new Date().toISOString(),
    caller: 'ana',
    options: { threshold: 0.8 },
    versions: [],
  })
  for (let seq = 0; seq < chunks; seq++)
    await store.jobs.addChunk(id, seq, [{ id: `${seq}-a` }, { id: `${seq}-b` }])
  if (seal) await store.jobs.seal(id, chunks * 2, chunks)
  return id
}

describe.each(STORE_ENGINES)('Batch job queue on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeEach(async () => {
    store = getStore()
    // Each test starts with an empty queue, so claims only see its own job.
    await store.db.deleteFrom('batch_chunks').execute()
    await store.db.deleteFrom('batch_jobs').execute()
  })

  it('leases chunks in order, completes them once, and finishes the job', async () => {
    const id = await job(store, 2)
    const a = await store.jobs.claim('A', 60_000)
    const b = await store.jobs.claim('B', 60_000)
    expect([a?.seq, b?.seq]).toEqual([0, 1])
    expect(a?.input).toEqual([{ id: '0-a' }, { id: '0-b' }])
    expect(await store.jobs.claim('C', 60_000)).toBeUndefined()
    expect(await store.jobs.complete(a!, { results: ['r0a', 'r0b'], counts: { matched: 1, bad: 1 } })).toBe(
      true,
    )
    expect((await store.jobs.get(id))?.status).toBe('running')
    expect(await store.jobs.complete(b!, { results: ['r1a', 'r1b'] })).toBe(true)
    expect(await store.jobs.get(id)).toMatchObject({ status: 'done', totalRows: 4, totalChunks: 2 })
    expect(await store.jobs.chunkResults(id, 1)).toEqual(['r1a', 'r1b'])
    expect(await store.jobs.progress(id)).toMatchObject({
      doneChunks: 2,
      doneRows: 4,
      leasedChunks: 0,
      matchedRows: 1,
      badRows: 1,
    })
    expect((await store.jobs.list({ caller: 'ana' })).map((j) => j.id)).toEqual([id])
    expect(await store.jobs.list({ caller: 'bob' })).toEqual([])
    expect(await store.jobs.prune('2000-01-01T00:00:00Z')).toBe(0)
    expect(await store.jobs.prune('2999-01-01T00:00:00Z')).toBe(1)
    expect(await store.jobs.get(id)).toBeUndefined()
  })

  it('gives the chunk of a worker whose lease ran out to another, and ignores the late result', async () => {
    const id = await job(store, 1)
    const now = Date.now()
    const dead = await store.jobs.claim('dead', 1_000, now)
    expect(await store.jobs.claim('B', 1_000, now + 500)).toBeUndefined()
    const b = await store.jobs.claim('B', 1_000, now + 1_001)
    expect(b).toMatchObject({ seq: 0, attempts: 2 })
    expect(await store.jobs.complete(dead!, { results: ['late'] })).toBe(false)
    expect(await store.jobs.complete(b!, { results: ['on time'] })).toBe(true)
    expect(await store.jobs.chunkResults(id, 0)).toEqual(['on time'])
  })

  it('never hands the same chunk to two concurrent workers', async () => {
    await job(store, 20)
    const leases = await Promise.all(Array.from({ length: 30 }, (_, i) => store.jobs.claim(`w${i}`, 60_000)))
    const seqs = leases.filter((l) => l !== undefined).map((l) => l!.seq)
    expect(seqs.sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it('takes back a released chunk at once, and renews only its own lease', async () => {
    await job(store, 1)
    const a = await store.jobs.claim('A', 60_000)
    expect(await store.jobs.renew(a!, 60_000)).toBe(true)
    await store.jobs.release(a!)
    expect(await store.jobs.renew(a!, 60_000)).toBe(false)
    expect((await store.jobs.claim('B', 60_000))?.seq).toBe(0)
  })

  it('is not done before it is sealed, and a cancelled job hands out nothing', async () => {
    const open = await job(store, 1, false)
    const a = await store.jobs.claim('A', 60_000)
    await store.jobs.complete(a!, { results: ['x', 'y'] })
    expect((await store.jobs.get(open))?.status).toBe('running')
    await store.jobs.seal(open, 2, 1)
    expect((await store.jobs.get(open))?.status).toBe('done')
    const cancelled = await job(store, 3)
    await store.jobs.cancel(cancelled)
    expect(await store.jobs.claim('A', 60_000)).toBeUndefined()
    expect((await store.jobs.get(cancelled))?.status).toBe('cancelled')
  })

  it('reports the queue depth and the rows completed in the recent window', async () => {
    await job(store, 3)
    const now = Date.now()
    const a = await store.jobs.claim('A', 60_000, now)
    expect(await store.jobs.depth(60_000, now)).toEqual({
      pendingChunks: 2,
      leasedChunks: 1,
      rowsPerSecond: 0,
    })
    await store.jobs.complete(a!, { results: ['x', 'y'] }, new Date(now))
    expect(await store.jobs.depth(1_000, now + 10)).toEqual({
      pendingChunks: 2,
      leasedChunks: 0,
      rowsPerSecond: 2,
    })
    expect((await store.jobs.depth(1_000, now + 2_000)).rowsPerSecond).toBe(0)
  })

  it('commits the extra writes of a chunk with its results, or neither', async () => {
    const id = await job(store, 1)
    const a = await store.jobs.claim('A', 60_000)
    const failing = store.jobs.complete(a!, {
      results: ['x', 'y'],
      alsoIn: async () => {
        throw new Error('alert write failed')
      },
    })
    await expect(failing).rejects.toThrow('alert write failed')
    expect(await store.jobs.chunkResults(id, 0)).toBeUndefined()
    let ran = false
    const won = await store.jobs.complete(a!, {
      results: ['x', 'y'],
      alsoIn: async (trx) => {
        ran = (await trx.selectFrom('batch_chunks').select('status').executeTakeFirst())?.status === 'done'
      },
    })
    expect([won, ran]).toEqual([true, true])
  })
})
