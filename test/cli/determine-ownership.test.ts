import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'
import { entity } from '../support/fixtures.js'

const listed = [
  entity({
    id: 'EL:hw',
    list: 'EL',
    name: 'Huawei Technologies Co., Ltd.',
    countries: ['CN'],
    licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
    licensePolicy: 'Presumption of denial',
  }),
  entity({ id: 'SDN:7', list: 'SDN', name: 'BANK MELLI IRAN', programs: ['IRAN'] }),
]
const dir = mkdtempSync(join(tmpdir(), 'tc-det-own-'))
const graph = join(dir, 'owners.csv')
writeFileSync(
  graph,
  'owner,owned,percent,as_of\n"Huawei Technologies Co., Ltd.",Little Trading LLC,60,2024-01-01\nBANK MELLI IRAN,Persian Shipping Agency,50,2024-01-01\n',
)
const run = (party: string, asOf: string) =>
  runCli(
    [
      'determine',
      '--eccn',
      'EAR99',
      '--to',
      'CN',
      '--party',
      party,
      '--graph',
      graph,
      '--as-of',
      asOf,
      '--json',
      '--no-record',
    ],
    { entities: listed },
  )

describe('determine --graph: owned by listed parties', () => {
  it('applies the Entity List owner’s requirement under the Affiliates Rule when it is in force', async () => {
    // 2025-10-15: the Affiliates Rule in force (2025-09-29 to 2025-11-09).
    const r = JSON.parse((await run('Little Trading LLC', '2025-10-15')).out)
    expect(r.decision).toBe('LICENSE_REQUIRED')
    expect(r.reasons.find((x: { code: string }) => x.code === 'PARTY_AFFILIATE').text).toMatch(/Huawei/)
  })

  it('reports the ownership but does not apply it while the rule is suspended', async () => {
    // 2026-01-15: suspended (2025-11-10 to 2026-11-09).
    const r = JSON.parse((await run('Little Trading LLC', '2026-01-15')).out)
    expect(r.decision).toBe('NLR')
    expect(r.reasons.map((x: { code: string }) => x.code)).toContain('PARTY_AFFILIATE_NOT_APPLIED')
  })

  it('treats a party 50 % owned by an SDN as blocked (OFAC 50 % rule)', async () => {
    const r = JSON.parse((await run('Persian Shipping Agency', '2026-01-15')).out)
    expect(r.decision).toBe('LICENSE_REQUIRED')
    expect(r.reasons.find((x: { code: string }) => x.code === 'PARTY_OWNED_SDN').text).toMatch(
      /BANK MELLI IRAN/,
    )
  })
})
