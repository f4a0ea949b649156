import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

async function storeWith(published: Record<string, string>) {
  const db = tempDb()
  const store = await openStore(db)
  for (const [source, date] of Object.entries(published)) {
    await store.importDataset(
      dataset(source, date, [
        entity({ id: `EL:${source}1`, list: 'EL', name: `${source} one` }),
        entity({ id: `SDN:${source}2`, list: 'SDN', name: `${source} two` }),
        entity({ id: `SDN:${source}3`, list: 'SDN', name: `${source} three` }),
      ]),
    )
  }
  await store.close()
  return db
}

describe('tradecontrols lists status', () => {
  it('shows each list in force with its count, date and age, and warns when old', async () => {
    const db = await storeWith({ us_csl: '2026-07-31', un: '2026-11-27' })
    const r = await runCli(['lists', 'status'], { db })
    expect(r.out).toMatch(/^source\s+published\s+age\s+records\s+lists$/m)
    expect(r.out).toMatch(/^us_csl\s+2026-07-31\s+121 d\s+3\s+SDN 2, EL 1$/m)
    expect(r.out).toMatch(/^un\s+2026-11-27\s+2 d\s+3/m)
    expect(r.err.trim()).toBe('warning: us_csl is 121 days old (limit 7); run `tradecontrols lists update`')
    expect(r.code).toBe(3)
  })

  it('is quiet with exit 0 when every list is within the limit, and speaks JSON', async () => {
    const db = await storeWith({ un: '2026-11-27' })
    const r = await runCli(['lists', 'status', '--json', '--max-age', '30'], { db })
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out)
    expect(json.maxAgeDays).toBe(30)
    expect(json.lists[0]).toMatchObject({
      source: 'un',
      published: '2026-11-27',
      ageDays: 2,
      stale: false,
      records: 3,
    })
    expect(json.lists[0].lists).toEqual({ EL: 1, SDN: 2 })
  })

  it('takes the age limit from the shared setting when no flag is given', async () => {
    const db = await storeWith({ us_csl: '2026-07-31' })
    expect((await runCli(['lists', 'status'], { db })).code).toBe(3)
    await runCli(['config', 'set', 'lists.max-age-days', '200'], { db })
    const r = await runCli(['lists', 'status'], { db })
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
  })

  it('rejects a bad --max-age', async () => {
    const r = await runCli(['lists', 'status', '--max-age', 'soon'], { db: await storeWith({}) })
    expect(r.code).toBe(2)
    expect(r.err.trim()).toBe('error: --max-age: must be a whole number of days, not "soon"')
  })
})
