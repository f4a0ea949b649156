import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { Alert } from '../../src/model/alert.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'
import { createTempDatabase } from '../support/postgres.js'
import { WebhookReceiver } from '../support/webhook-receiver.js'

const dir = mkdtempSync(join(tmpdir(), 'tc-watch-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const config = file('config.json', JSON.stringify({ webhooks: [] }))

const smeeUvl = entity({
  id: 'UVL:s1',
  list: 'UVL',
  name: 'Shanghai Micro Electronics Equipment',
  countries: ['CN'],
})
const dk = entity({ id: 'UVL:d1', list: 'UVL', name: 'DK Laser', countries: ['CN'] })

async function storeWithCsl(db = tempDb()) {
  const store = await openStore(db)
  await store.importDataset(dataset('us_csl', '2022-05-06', [smeeUvl, dk]))
  await store.close()
  return db
}

describe('tradecontrols watch', () => {
  it('imports counterparties, screens them and raises new alerts; status and alerts need attention', async () => {
    const db = await storeWithCsl()
    const csv = file(
      'customers.csv',
      'id,name,country\nC1,Shanghai Micro Electronics Equipment,CN\nC2,Acme Farms,US\nC3,DK Laser,CN\n',
    )
    const r = await runCli(['watch', 'import', csv, '--db', db, '--config', config], { db })
    expect(r.err).toBe('')
    expect(r.out).toContain(`imported 3 counterparties from ${csv}: 3 added, 0 updated, 0 unchanged`)
    expect(r.out).toMatch(
      /^us_csl: first screening to us_csl-2022-05-06-\w+: 2 entries touched, 3 of 3 counterparties screened/m,
    )
    expect(r.out).toContain('alerts: 2 new, 0 cleared, 0 changed')
    expect(r.code).toBe(3)
    const again = await runCli(['watch', 'import', csv, '--db', db, '--config', config], { db })
    expect(again.out).toContain('0 added, 0 updated, 3 unchanged')
    expect(again.code).toBe(0)
    const status = await runCli(['watch', 'status', '--db', db], { db })
    expect(status.out).toContain('counterparties: 3')
    expect(status.out).toMatch(/^us_csl\s+us_csl-2022-05-06-\w+ {2}up to date, 2 matches$/m)
    expect(status.out).toContain('open alerts: 2 (new 2)')
    expect(status.code).toBe(3)
    const alerts = JSON.parse((await runCli(['watch', 'alerts', '--json', '--db', db], { db })).out).alerts
    expect(
      alerts.map(
        (a: { counterpartyId: string; kind: string; list: string }) =>
          `${a.counterpartyId} ${a.kind} ${a.list}`,
      ),
    ).toEqual(['C1 new UVL', 'C3 new UVL'])
  })

  it.each([
    ['sqlite', async () => ({ url: tempDb(), drop: async () => undefined })],
    ['postgres', createTempDatabase],
  ])(
    're-screens only what a new version changes: a move to the Entity List and a delisting (%s)',
    async (_kind, create) => {
      const pg = await create()
      onTestFinished(() => pg.drop())
      const db = await storeWithCsl(pg.url)
      const csv = file('c.csv', 'id,name\nC1,Shanghai Micro Electronics Equipment\nC3,DK Laser\n')
      await runCli(['watch', 'import', csv, '--db', db, '--config', config], { db })
      const store = await openStore(db)
      await store.importDataset(dataset('us_csl', '2023-08-22', [{ ...smeeUvl, id: 'EL:h1', list: 'EL' }]))
      await store.close()
      expect((await runCli(['watch', 'status', '--db', db], { db })).out).toMatch(
        /behind \(screened on us_csl-2022-05-06/,
      )
      const r = await runCli(['watch', 'rescreen', '--db', db, '--config', config], { db })
      expect(r.out).toMatch(
        /^us_csl: delta from us_csl-2022-05-06-\w+ to us_csl-2023-08-22-\w+: 1 entries touched, 2 of 2 counterparties screened/m,
      )
      expect(r.out).toMatch(/alerts 0 new, 1 cleared, 1 changed$/m)
      expect(r.code).toBe(3)
      const out = (await runCli(['watch', 'alerts', '--kind', 'changed', '--db', db], { db })).out
      expect(out).toMatch(
        /changed C1 {2}"Shanghai Micro Electronics Equipment" {2}EL Shanghai Micro Electronics Equipment \(1\) {2}moved UVL -> EL \(escalation\)/,
      )
      const cleared = (await runCli(['watch', 'alerts', '--kind', 'cleared', '--db', db], { db })).out
      expect(cleared).toContain('cleared C3  "DK Laser"  UVL DK Laser (1)  delisted from UVL')
      // Monitoring feeds the review queue: the import's possible matches, then the delisting and the move.
      const queue = JSON.parse(
        (await runCli(['alerts', 'list', '--json', '--db', db], { db })).out,
      ) as Alert[]
      const byKind = (k: string) =>
        queue.filter((a) => a.kind === k).map((a) => [a.subject.counterpartyId, a.list])
      expect(byKind('cleared')).toEqual([['C3', 'UVL']])
      expect(byKind('changed')).toEqual([['C1', 'EL']])
      expect(queue.find((a) => a.kind === 'cleared')!.note).toBe('delisted from UVL')
      expect(byKind('match').sort()).toEqual([
        ['C1', 'UVL'],
        ['C3', 'UVL'],
      ])
      expect((await runCli(['watch', 'rescreen', '--db', db, '--config', config], { db })).out).toMatch(
        /^us_csl: up to date on /m,
      )
    },
  )

  it('refuses a file with a bad row or a repeated id, naming the line, and imports nothing', async () => {
    const db = await storeWithCsl()
    const bad = file('bad.csv', 'id,name\nC1,Acme\nC1,Acme Again\n')
    const r = await runCli(['watch', 'import', bad, '--db', db, '--config', config], { db })
    expect(r.code).toBe(2)
    expect(r.err.trim()).toBe(`error: ${bad}:3:id: "C1" is also on line 2`)
    const jsonl = file('bad.jsonl', '{"id":"A","name":"Acme"}\n{"id":"B"}\n')
    const j = await runCli(['watch', 'import', jsonl, '--db', db, '--config', config], { db })
    expect(j.code).toBe(2)
    expect(j.err).toMatch(/bad\.jsonl:2.*\(nothing imported\)/)
    expect((await runCli(['watch', 'status', '--db', db, '--json'], { db })).out).toContain(
      '"counterparties": 0',
    )
  })

  it('sends each new alert to the configured webhook, signed, and reports the outbox', async () => {
    const receiver = new WebhookReceiver('whsec_cli')
    await receiver.start()
    try {
      const db = await storeWithCsl()
      const hooks = file(
        'hooks.json',
        JSON.stringify({ webhooks: [{ url: receiver.url, secretEnv: 'TC_TEST_WEBHOOK_SECRET' }] }),
      )
      process.env.TC_TEST_WEBHOOK_SECRET = 'whsec_cli'
      const csv = file('w.csv', 'id,name\nC1,DK Laser\n')
      expect((await runCli(['watch', 'import', csv, '--db', db, '--config', hooks], { db })).code).toBe(3)
      const alerts = JSON.parse((await runCli(['watch', 'alerts', '--json', '--db', db], { db })).out).alerts
      expect(receiver.processed).toEqual(alerts.map((a: { id: string }) => a.id))
      const deliver = await runCli(['watch', 'deliver', '--db', db, '--config', hooks], { db })
      expect(deliver.out).toBe('webhooks: 0 delivered now, 0 waiting to retry, 0 dead letters\n')
      expect(deliver.code).toBe(0)
    } finally {
      delete process.env.TC_TEST_WEBHOOK_SECRET
      await receiver.stop()
    }
  })
})
