import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDataset } from '../../src/sources/detect/read-dataset.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

const TESTDATA = join(import.meta.dirname, '../../src/changes/testdata')
const OLD = join(TESTDATA, 'csl_uvl_2022-05-06.csv')
const NEW = join(TESTDATA, 'csl_uvl_2026-07-31.json')
const readers = { factories: { readDataset: (p: string) => readDataset(p) } }

describe('tradecontrols lists diff', () => {
  it('diffs the 2022 CSL CSV against the 2026 CSL JSON: Chinese UVL removals and the move to the Entity List', async () => {
    const r = await runCli(
      ['lists', 'diff', OLD, NEW, '--lists', 'UVL', '--country', 'CN', '--limit', '0'],
      readers,
    )
    expect(r.code).toBe(3)
    expect(r.out).toMatch(/^added 89, removed 55, changed 1, moved 13, /m)
    expect(r.out).toMatch(/^UVL\s+201\s+222\s+89\s+55\s+0\s+0\s+13$/m)
    expect(r.out).toMatch(/^moved UVL -> EL \(escalation\): 13$/m)
    expect(r.out).toContain(
      'UVL -> EL  escalation    Shanghai Micro Electronics Equipment (Group) Co., Ltd. [CN]',
    )
    expect(r.out).toMatch(/^removed \(43\):$/m)
    expect(r.out).toContain('UVL     Yunnan Tianhe Optoelectronic Co., Ltd. [CN]')
    expect(r.out).toContain('UVL     Wuxi Turbine Blade Co., Ltd. [CN]  (still on MEU)')
  })

  it('prints the whole diff as JSON and a Markdown report naming its command', async () => {
    const json = JSON.parse((await runCli(['lists', 'diff', OLD, NEW, '--json'], readers)).out)
    expect(json.summary).toMatchObject({ added: 89, removed: 55, moved: 13 })
    expect(json.moved.filter((m: { kind: string }) => m.kind === 'escalation')).toHaveLength(13)
    expect(json.removed.filter((e: { countries: string[] }) => e.countries.includes('CN'))).toHaveLength(43)
    const md = await runCli(['lists', 'diff', OLD, NEW, '--markdown', '--lists', 'UVL'], readers)
    expect(md.out).toContain(`tradecontrols lists diff ${OLD} ${NEW} --markdown --lists UVL`)
    expect(md.out).toMatch(
      /^\| UVL \| EL \| escalation \| Shanghai Micro Electronics Equipment \(Group\) Co\., Ltd\. \| CN \|/m,
    )
  })

  it('diffs stored versions by id or by source, and exits 0 when nothing changed', async () => {
    const db = tempDb()
    const store = await openStore(db)
    const a = entity({ id: 'SDN:1', list: 'SDN', name: 'ALPHA' })
    const b = entity({ id: 'SDN:2', list: 'SDN', name: 'BRAVO' })
    const { version: v1 } = await store.importDataset(dataset('ofac_sdn', '2024-05-02', [a, b]))
    const { version: v2 } = await store.importDataset(dataset('ofac_sdn', '2024-05-03', [a]))
    await store.close()
    const r = await runCli(['lists', 'diff', v1.id, 'ofac_sdn', '--json'], { db })
    expect(r.code).toBe(3)
    expect(JSON.parse(r.out)).toMatchObject({
      old: { versionId: v1.id },
      new: { versionId: v2.id },
      summary: { removed: 1 },
    })
    expect((await runCli(['lists', 'diff', 'ofac_sdn~1', v1.id], { db })).code).toBe(0)
  })

  it('names the argument that is neither a file nor a stored version', async () => {
    const r = await runCli(['lists', 'diff', OLD, 'no-such-thing'], { ...readers, db: tempDb() })
    expect(r.code).toBe(2)
    expect(r.err.trim()).toBe(
      'error: NEW: "no-such-thing" is neither a readable file nor a stored list version (see `tradecontrols lists status`)',
    )
  })
})
