import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { canonicalJson } from '../../src/audit/canonical-json.js'
import { factories } from '../../src/cli/default-deps.js'
import { sha256Hex } from '../../src/model/ids.js'
import { openStore } from '../../src/store/open-store.js'
import { journalDir } from '../../src/store/sqlite/record-journal.js'
import { runCli } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'
import { startServe, stop } from '../support/processes.js'

const huawei = entity({ id: 'EL:h1', list: 'EL', name: 'Huawei Technologies Co., Ltd.', countries: ['CN'] })

async function storeWithKey(file: string): Promise<string> {
  const store = await openStore(`sqlite:${file}`)
  try {
    await store.importDataset(dataset('us_csl', '2026-07-31', [huawei]))
    return (await store.keys.create({ role: 'screener', name: 'erp', actor: 'test' })).secret
  } finally {
    await store.close()
  }
}

describe('serve on the embedded store journals recorded answers', () => {
  it('loses no recorded answer when killed with SIGKILL before the commit: the next start replays them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tc-journal-')), 'tc.db')
    const key = await storeWithKey(file)
    // A long commit delay, so the kill surely lands while the answers are only in the journal.
    const first = await startServe(`sqlite:${file}`, ['--record-commit-ms', '600000'])
    onTestFinished(() => stop(first.proc))
    const screen = async (url: string, name: string) => {
      const res = await fetch(`${url}/v1/screen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      return (await res.json()) as { recordId: string; matches: unknown[] }
    }
    const answers = []
    for (let i = 0; i < 20; i++)
      answers.push(await screen(first.url, i % 2 ? 'Huawei Technologies' : `Clear Name ${i}`))
    expect(answers.filter((a) => a.matches.length)).toHaveLength(10)
    // Not committed yet, but a replay asked for now finds the record in the journal.
    const replay = await runCli(['replay', answers[1]!.recordId, '--json'], {
      db: `sqlite:${file}`,
      factories,
    })
    expect(replay.code, replay.err).toBe(0)
    expect(JSON.parse(replay.out)).toMatchObject({ recordId: answers[1]!.recordId, same: true })
    first.proc.kill('SIGKILL')
    await first.proc.exited

    const before = await openStore(`sqlite:${file}`)
    expect(await before.records.existing(answers.map((a) => a.recordId))).toEqual([])
    await before.close()
    expect(readdirSync(journalDir(file))).toHaveLength(1)

    const second = await startServe(`sqlite:${file}`)
    onTestFinished(() => stop(second.proc))
    const recovered = await second.proc.waitForEvent((e) => e.event === 'records.recovered')
    expect(recovered).toMatchObject({ recovered: 20, torn: 0 })
    const last = await screen(second.url, 'Huawei Technologies')
    await stop(second.proc)

    const after = await openStore(`sqlite:${file}`)
    try {
      const ids = [...answers.map((a) => a.recordId), last.recordId]
      expect((await after.records.existing(ids)).sort()).toEqual(ids.sort())
      // Each record holds the very answer its client received, hashed as any record is.
      for (const answer of [answers[0]!, answers[1]!, last]) {
        const stored = await after.records.get(answer.recordId)
        expect(stored?.result).toEqual({ matches: answer.matches })
        expect(stored?.resultHash).toBe(sha256Hex(canonicalJson({ matches: answer.matches })))
      }
      // The matches of the replayed answers opened their alert (one per subject and entry).
      const alerts = await after.alerts.list({ status: ['open'], limit: 10 })
      expect(alerts.map((a) => [a.entityId, a.subject.query.name])).toEqual([
        ['EL:h1', 'Huawei Technologies'],
      ])
    } finally {
      await after.close()
    }
    // A clean stop commits everything and leaves no journal behind.
    expect(existsSync(journalDir(file)) ? readdirSync(journalDir(file)) : []).toEqual([])
  })

  it('with --no-record answers carry no record id and nothing is journaled', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tc-journal-')), 'tc.db')
    const key = await storeWithKey(file)
    const server = await startServe(`sqlite:${file}`, ['--no-record'])
    onTestFinished(() => stop(server.proc))
    const res = await fetch(`${server.url}/v1/screen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Huawei Technologies' }),
    })
    const answer = (await res.json()) as { recordId?: string; matches: unknown[] }
    expect(answer.matches.length).toBeGreaterThan(0)
    expect(answer.recordId).toBeUndefined()
    expect(existsSync(journalDir(file))).toBe(false)
  })
})
