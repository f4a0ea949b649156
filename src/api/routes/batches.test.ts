import { describe, expect, it } from 'vitest'
import { type TestApi, useTestApi } from '../../../test/support/api.js'

async function waitDone(api: TestApi, id: string, key?: string) {
  for (let i = 0; i < 200; i++) {
    const job = await (await api.call('GET', `/v1/batches/${id}`, key ? { key } : {})).json()
    if (job.status !== 'running') return job
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('job did not finish')
}

const CSV =
  'id,name,country\nr1,Huawei Technologies Co Ltd,CN\nr2,Acme Widgets,US\nr3,,CN\nr4,Rosoboronexport,RU\n'

describe('batch jobs', () => {
  const api = useTestApi()

  it('screens an uploaded CSV as a job and returns results in input order with per-row errors', async () => {
    const res = await api().call('POST', '/v1/batches?name=parties.csv', {
      body: CSV,
      headers: { 'content-type': 'text/csv' },
    })
    expect(res.status).toBe(202)
    const job = await res.json()
    // A small job may already be done by the time the 202 is sent: this instance's worker is quick.
    expect(job).toMatchObject({ total: 4, fileName: 'parties.csv', format: 'csv' })
    expect(['running', 'done']).toContain(job.status)
    expect(res.headers.get('location')).toBe(`/v1/batches/${job.id}`)
    const done = await waitDone(api(), job.id)
    expect(done).toMatchObject({ status: 'done', done: 4, matched: 2, bad: 1, stalled: false })
    const jsonl = await api().call('GET', `/v1/batches/${job.id}/results`)
    expect(jsonl.headers.get('content-type')).toMatch(/ndjson/)
    expect(jsonl.headers.get('content-disposition')).toBe('attachment; filename="parties-results.jsonl"')
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['r1', 'r2', 'r3', 'r4'])
    expect(lines[0].matches[0].source).toBe('EL')
    expect(lines[1].matches).toEqual([])
    expect(lines[2].error.field).toMatch(/parties\.csv:4: name/)
    const csv = await (await api().call('GET', `/v1/batches/${job.id}/results?format=csv`)).text()
    expect(csv.split('\n')[0]).toMatch(/^id,status,match_count/)
    expect(csv.split('\n')[1]).toMatch(/^r1,match,/)
  })

  it('takes JSONL too, with lists and threshold settings', async () => {
    const body = '{"id":"a","name":"Huawei Technologies"}\n{"id":"b","name":"Rosoboronexport"}\n'
    const res = await api().call('POST', '/v1/batches?lists=sdn', {
      body,
      headers: { 'content-type': 'application/x-ndjson' },
    })
    const job = await waitDone(api(), (await res.json()).id)
    expect(job).toMatchObject({ settings: { lists: ['SDN'] }, matched: 1 })
  })

  it('refuses unreadable uploads and bad settings before any job exists', async () => {
    const noName = await api().call('POST', '/v1/batches', {
      body: 'id,x\n1,2\n',
      headers: { 'content-type': 'text/csv' },
    })
    expect(noName.status).toBe(400)
    expect((await noName.json()).error).toMatchObject({ code: 'TC_BAD_FILE', field: 'upload.csv:1' })
    const empty = await api().call('POST', '/v1/batches', {
      body: 'id,name\n',
      headers: { 'content-type': 'text/csv' },
    })
    expect((await empty.json()).error.message).toMatch(/no rows/)
    const type = await api().call('POST', '/v1/batches', {
      body: CSV,
      headers: { 'content-type': 'text/plain' },
    })
    expect(type.status).toBe(415)
    const lists = await api().call('POST', '/v1/batches?lists=XX', {
      body: CSV,
      headers: { 'content-type': 'text/csv' },
    })
    expect((await lists.json()).error.field).toBe('lists')
    const threshold = await api().call('POST', '/v1/batches?threshold=7', {
      body: CSV,
      headers: { 'content-type': 'text/csv' },
    })
    expect((await threshold.json()).error.field).toBe('threshold')
  })

  it('keeps jobs to their owner (and admins), and results until done', async () => {
    const res = await api().call('POST', '/v1/batches', {
      body: CSV,
      headers: { 'content-type': 'text/csv' },
    })
    const { id } = await res.json()
    const other = await api().call('GET', `/v1/batches/${id}`, { key: api().keys.reviewer })
    expect(other.status).toBe(404)
    expect((await api().call('GET', `/v1/batches/${id}`, { key: api().keys.admin })).status).toBe(200)
    const mine = await (await api().call('GET', '/v1/batches')).json()
    expect(mine.jobs.some((j: { id: string }) => j.id === id)).toBe(true)
    const theirs = await (await api().call('GET', '/v1/batches', { key: api().keys.reviewer })).json()
    expect(theirs.jobs).toEqual([])
    await waitDone(api(), id)
    expect((await api().call('GET', '/v1/batches/bat_nope/results')).status).toBe(404)
  })

  it('answers 409 for results of a job still running', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `r${i},Huawei Technologies ${i}`).join('\n')
    const res = await api().call('POST', '/v1/batches', {
      body: `id,name\n${rows}\n`,
      headers: { 'content-type': 'text/csv' },
    })
    const { id } = await res.json()
    const early = await api().call('GET', `/v1/batches/${id}/results`)
    expect(early.status).toBe(409)
    expect((await waitDone(api(), id)).done).toBe(3000)
  })

  it('refuses uploads over the limit with 413', async () => {
    const big = `id,name\n${'1,x\n'.repeat(6_000_000)}`
    const res = await api().call('POST', '/v1/batches', {
      body: big,
      headers: { 'content-type': 'text/csv' },
    })
    expect(res.status).toBe(413)
  })
})

describe('cancelling a batch job', () => {
  const api = useTestApi({ batchWorkers: 0 })

  it('cancels a queued job of its owner, and no one else’s', async () => {
    const res = await api().call('POST', '/v1/batches', {
      body: 'id,name\n1,Acme\n',
      headers: { 'content-type': 'text/csv' },
    })
    const { id } = await res.json()
    expect((await api().call('DELETE', `/v1/batches/${id}`, { key: api().keys.reviewer })).status).toBe(404)
    const cancelled = await api().call('DELETE', `/v1/batches/${id}`)
    expect(cancelled.status).toBe(200)
    expect(await cancelled.json()).toMatchObject({ status: 'failed', error: 'cancelled' })
    expect((await api().call('GET', `/v1/batches/${id}/results`)).status).toBe(409)
  })
})
