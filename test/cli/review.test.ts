import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

const bank = entity({ id: 'SDN:7', list: 'SDN', name: 'Bank X', countries: ['IR'] })
const acme = entity({ id: 'EL:acme', list: 'EL', name: 'Acme Trading Company', countries: ['CN'] })

async function db(): Promise<string> {
  const url = tempDb()
  const store = await openStore(url)
  await store.importDataset(dataset('us_csl', '2026-07-31', [bank, acme]))
  await store.close()
  return url
}

describe('the review queue from the CLI', () => {
  it('raises an alert per recorded match, filters the queue, and decides with a mandatory reason', async () => {
    const url = await db()
    await runCli(['screen', 'Bank X'], { db: url })
    await runCli(['screen', 'Bank X'], { db: url })
    await runCli(['screen', 'Acme Trading Company', '--country', 'CN'], { db: url })
    const open = await runCli(['alerts', 'list', '--json'], { db: url })
    expect(open.code).toBe(3)
    const alerts = JSON.parse(open.out)
    expect(alerts.map((a: { entityId: string }) => a.entityId).sort()).toEqual(['EL:acme', 'SDN:7'])
    expect(
      JSON.parse((await runCli(['alerts', 'list', '--json', '--country', 'CN'], { db: url })).out),
    ).toHaveLength(1)
    expect(
      JSON.parse((await runCli(['alerts', 'list', '--json', '--list', 'SDN'], { db: url })).out),
    ).toHaveLength(1)
    expect(
      JSON.parse((await runCli(['alerts', 'list', '--json', '--older-than', '1'], { db: url })).out),
    ).toHaveLength(0)

    const bankAlert = alerts.find((a: { entityId: string }) => a.entityId === 'SDN:7').id
    const noReason = await runCli(
      ['alerts', 'decide', bankAlert, '--decision', 'false-positive', '--reason', ''],
      { db: url },
    )
    expect(noReason.code).toBe(2)
    expect(noReason.err.trim()).toBe('error: reason: is required: say why')
    const decided = await runCli(
      [
        'alerts',
        'decide',
        bankAlert,
        '--decision',
        'false-positive',
        '--reason',
        'our Bank X is in Ohio',
        '--allow',
      ],
      { db: url, actor: 'ana' },
    )
    expect(decided.out).toContain('closed')
    expect((await runCli(['allow', 'list', '--json'], { db: url })).out).toContain('SDN:7')

    await runCli(['screen', 'Bank X'], { db: url })
    const afterRule = JSON.parse((await runCli(['alerts', 'list', '--json'], { db: url })).out)
    expect(afterRule.map((a: { entityId: string }) => a.entityId)).toEqual(['EL:acme'])
    const show = await runCli(['alerts', 'show', bankAlert], { db: url })
    expect(show.out).toMatch(/ana decided .*our Bank X is in Ohio/)
  })

  it('applies the four-eyes setting, audited, from config', async () => {
    const url = await db()
    expect((await runCli(['config', 'set', 'review.four-eyes', 'maybe'], { db: url })).err.trim()).toBe(
      'error: review.four-eyes: must be on or off, not "maybe"',
    )
    await runCli(['config', 'set', 'review.four-eyes', 'on'], { db: url, actor: 'admin' })
    expect((await runCli(['config', 'show'], { db: url })).out).toContain('review.four-eyes = true')
    await runCli(['screen', 'Acme Trading Company'], { db: url })
    const [alert] = JSON.parse((await runCli(['alerts', 'list', '--json'], { db: url })).out)
    const released = await runCli(
      ['alerts', 'decide', alert.id, '--decision', 'false-positive', '--reason', 'other Acme'],
      { db: url, actor: 'ana' },
    )
    expect(released.out).toContain('a second reviewer must confirm')
    const self = await runCli(['alerts', 'confirm', alert.id, '--reason', 'ok'], { db: url, actor: 'ana' })
    expect(self.code).toBe(2)
    expect(self.err).toContain('four-eyes')
    const other = await runCli(['alerts', 'confirm', alert.id, '--reason', 'checked'], {
      db: url,
      actor: 'bob',
    })
    expect(other.out).toContain('closed')
    const log = (await runCli(['audit', 'log', '--json'], { db: url })).out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).action)
    expect(log).toEqual(['list.activated', 'config.changed', 'alert.decided', 'alert.confirmed'])
    expect((await runCli(['audit', 'verify'], { db: url })).code).toBe(0)
  })
})
