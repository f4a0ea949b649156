import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

const acme = entity({
  id: 'EL:acme',
  list: 'EL',
  name: 'Acme Trading Company',
  countries: ['CN'],
  licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
  licensePolicy: 'Presumption of denial',
})
const bank = entity({ id: 'SDN:7', list: 'SDN', name: 'Bank X' })

async function withVersions(...versions: Array<[string, ReturnType<typeof entity>[]]>): Promise<string> {
  const db = tempDb()
  const store = await openStore(db)
  for (const [published, entities] of versions)
    await store.importDataset(dataset('us_csl', published, entities))
  await store.close()
  return db
}

describe('recorded answers and replay', () => {
  it('records a screening, and replays it the same on its versions and differently on today’s', async () => {
    const db = await withVersions(['2026-07-31', [acme, bank]])
    const first = await runCli(['screen', 'Acme Trading Company', '--json'], { db, actor: 'ana' })
    expect(first.code).toBe(3)
    const { recordId } = JSON.parse(first.out)
    expect(recordId).toMatch(/^rec_/)

    // A list update removes Acme and renames nothing else.
    const store = await openStore(db)
    await store.importDataset(dataset('us_csl', '2026-08-07', [bank]))
    const record = await store.records.get(recordId)
    await store.close()
    expect(record).toMatchObject({
      kind: 'screen',
      caller: 'ana',
      attention: true,
      settings: { threshold: 0.8, matcher: 'exact-test' },
    })
    expect(record?.versions).toHaveLength(1)

    const replay = await runCli(['replay', recordId, '--json'], { db })
    const outcome = JSON.parse(replay.out)
    expect(outcome.same).toBe(true)
    expect(outcome.differences).toEqual([])
    expect(outcome.result.matches[0]).toMatchObject({ source: 'EL', name: 'Acme Trading Company' })
    expect(outcome.today.same).toBe(false)
    expect(outcome.today.differences).toEqual(['no longer matches EL Acme Trading Company [EL:acme] (was 1)'])
    expect(replay.code).toBe(0)

    const text = await runCli(['replay', recordId], { db })
    expect(text.out).toContain('on the recorded list versions: the same answer')
    expect(text.out).toContain('no longer matches EL Acme Trading Company')
  })

  it('does not record with --no-record, and names a missing record', async () => {
    const db = await withVersions(['2026-07-31', [acme]])
    const r = await runCli(['screen', 'Acme Trading Company', '--json', '--no-record'], { db })
    expect(JSON.parse(r.out).recordId).toBeUndefined()
    const missing = await runCli(['replay', 'rec_nope'], { db })
    expect(missing.code).toBe(2)
    expect(missing.err.trim()).toBe('error: RECORD_ID: no recorded answer rec_nope')
  })

  it('records every row of a batch', async () => {
    const db = await withVersions(['2026-07-31', [acme, bank]])
    const input = join(tmpdir(), `batch-${process.pid}.jsonl`)
    writeFileSync(input, '{"id":"1","name":"Bank X"}\n{"id":"2","name":"Nobody"}\n{"id":"3","name":""}\n')
    await runCli(['screen', '--input', input], { db })
    const store = await openStore(db)
    const records = await store.records.list()
    await store.close()
    expect(records).toHaveLength(2)
    expect(records.filter((r) => r.attention)).toHaveLength(1)
  })
})

describe('recorded determinations and investment checks', () => {
  it('replays a determination on its versions and its day, and shows what today changes', async () => {
    const db = await withVersions(['2026-07-31', [acme, bank]])
    const first = await runCli(
      ['determine', '--eccn', 'EAR99', '--to', 'CN', '--party', 'Acme Trading Company@CN', '--json'],
      { db },
    )
    const answer = JSON.parse(first.out)
    expect(answer.decision).toBe('LICENSE_REQUIRED')
    expect(answer.recordId).toMatch(/^rec_/)
    const store = await openStore(db)
    await store.importDataset(dataset('us_csl', '2026-08-07', [bank]))
    await store.close()
    const outcome = JSON.parse(
      (await runCli(['replay', answer.recordId, '--json'], { db, today: '2027-03-01' })).out,
    )
    expect(outcome).toMatchObject({ kind: 'determine', same: true })
    expect(outcome.result.asOf).toBe('2026-11-29')
    expect(outcome.today.differences).toContain('decision LICENSE_REQUIRED -> NLR')
  })

  it('records a determination without parties in the store, and an investment check', async () => {
    const db = await withVersions(['2026-07-31', [acme]])
    const d = JSON.parse(
      (await runCli(['determine', '--eccn', '3A090.a', '--to', 'MO', '--json'], { db })).out,
    )
    expect(JSON.parse((await runCli(['replay', d.recordId, '--json'], { db })).out)).toMatchObject({
      kind: 'determine',
      same: true,
    })
    const i = JSON.parse(
      (
        await runCli(
          [
            'invest',
            '--target',
            'Acme Trading Company',
            '--country',
            'CN',
            '--activity',
            'ic-design',
            '--type',
            'equity',
            '--json',
          ],
          { db },
        )
      ).out,
    )
    expect(i.recordId).toMatch(/^rec_/)
    const replayed = JSON.parse((await runCli(['replay', i.recordId, '--json'], { db })).out)
    expect(replayed).toMatchObject({ kind: 'invest', same: true, result: { decision: i.decision } })
  })
})

describe('tradecontrols audit', () => {
  it('verifies the chain, and exits 1 naming the first entry edited behind its back', async () => {
    const db = await withVersions(['2026-07-31', [acme]], ['2026-08-07', [bank]])
    const ok = await runCli(['audit', 'verify'], { db })
    expect(ok.out.trim()).toBe('audit log intact: 2 entries, last 2')
    expect(ok.code).toBe(0)
    const log = await runCli(['audit', 'log', '--json'], { db })
    expect(
      log.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).action),
    ).toEqual(['list.activated', 'list.activated'])

    const store = await openStore(db)
    await store.db.updateTable('audit_log').set({ actor: 'mallory' }).where('seq', '=', 1).execute()
    await store.close()
    const bad = await runCli(['audit', 'verify'], { db })
    expect(bad.code).toBe(1)
    expect(bad.out.trim()).toBe(
      'audit log BROKEN at entry 1: entry 1 was altered (its content does not match its hash)',
    )
  })

  it('prunes by retention and stays verifiable', async () => {
    const db = await withVersions(['2026-07-31', [acme]])
    const r = await runCli(['audit', 'prune', '--retention-years', '1'], { db, today: '2030-01-01' })
    expect(r.out.trim()).toBe('removed 1 entries recorded before 2029-01-01')
    expect((await runCli(['audit', 'verify'], { db })).code).toBe(0)
    expect((await runCli(['audit', 'prune', '--retention-years', '0'], { db })).err.trim()).toBe(
      'error: --retention-years: must be at least 1',
    )
  })
})
