import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runInvestCli } from '../support/invest-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'tc-invest-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const TARGET = ['--target', 'Hefei Example Co., Ltd.', '--country', 'CN']

describe('tradecontrols invest', () => {
  it('NOTIFIABLE: exit 3, the filing with its due date, citations and unverified rules in the text', async () => {
    const r = await runInvestCli([
      'invest',
      ...TARGET,
      '--activity',
      'fab-mature',
      '--type',
      'equity',
      '--closing-date',
      '2026-12-15',
    ])
    expect(r.code).toBe(3)
    expect(r.out).toMatch(/^NOTIFIABLE: allowed, with a notification to Treasury/)
    expect(r.out).toContain('ACTIVITY_NOTIFIABLE  [31 CFR 850.217(b)]')
    expect(r.out).toContain('(by 2027-01-14)')
    expect(r.out).toContain('Unverified rules this answer rests on')
  })

  it('EXCEPTED and NOT_COVERED exit 0', async () => {
    const excepted = await runInvestCli([
      'invest',
      ...TARGET,
      '--activity',
      'eda-software',
      '--type',
      'lp',
      '--amount',
      '1,500,000',
    ])
    expect(excepted.code).toBe(0)
    expect(excepted.out).toMatch(/^EXCEPTED/)
    const notCovered = await runInvestCli(['invest', ...TARGET, '--activity', 'none', '--type', 'equity'])
    expect(notCovered.code).toBe(0)
  })

  it('INCOMPLETE names the flags to answer with', async () => {
    const r = await runInvestCli(['invest', ...TARGET, '--type', 'lp'])
    expect(r.code).toBe(3)
    expect(r.out).toContain('--amount: How much is the LP commitment')
    expect(r.out).toContain('--activity: What does Hefei Example Co., Ltd. do?')
  })

  it('--json: decision, reasons, screening with data age, rules and the normalised input', async () => {
    const r = await runInvestCli([
      'invest',
      '--target',
      'China Telecom Corporation Limited',
      '--country',
      'cn',
      '--type',
      'public-security',
      '--json',
    ])
    expect(r.code).toBe(3)
    const json = JSON.parse(r.out)
    expect(json.decision).toBe('PROHIBITED')
    expect(json.reasons[0]).toMatchObject({
      code: 'CMIC_SECURITIES',
      citation: expect.stringContaining('EO 14032'),
    })
    expect(json.screening.securities).toMatchObject({
      purchasesBarredFrom: '2021-08-02',
      divestOnlyUntil: '2022-06-03',
    })
    expect(json.screening.data[0]).toMatchObject({ source: 'us_csl', ageDays: 121 })
    expect(json.input).toMatchObject({ country: 'CN', asOf: '2026-11-29' })
  })

  it('--graph: a target 50 % owned by an SDN through a CSV graph is blocked', async () => {
    const csv = file(
      'g.csv',
      'owner,owned,percent,as_of\n"BEIJING ALITE TECHNOLOGIES CO., LTD.",Shell A,100,2024-01-01\nShell A,"Hefei Example Co., Ltd.",50,2024-01-01\nShell A,Other,lots,\n',
    )
    const r = await runInvestCli([
      'invest',
      ...TARGET,
      '--activity',
      'none',
      '--type',
      'equity',
      '--graph',
      csv,
    ])
    expect(r.code).toBe(3)
    expect(r.out).toMatch(/^PROHIBITED/)
    expect(r.out).toContain('OWNED_BY_SDN')
    expect(r.out).toContain(
      'path: BEIJING ALITE TECHNOLOGIES CO., LTD. -100 %-> Shell A -50 %-> Hefei Example Co., Ltd.',
    )
    // The malformed row is a warning, not a failure.
    expect(r.err).toContain('1 rows skipped, first: g.csv:4:percent')
  })

  it('--graph with no usable rows is a bad file', async () => {
    const r = await runInvestCli(['invest', ...TARGET, '--graph', file('empty.csv', 'parent,child\nA,B\n')])
    expect(r.code).toBe(2)
    expect(r.err).toContain('header lacks owner, owned, percent')
  })

  it('bad input: exit 2 with one line naming the flag', async () => {
    for (const [argv, flag] of [
      [['--country', 'CN'], '--target'],
      [[...TARGET, '--amount', 'lots'], '--amount'],
      [[...TARGET, '--activity', 'chips'], '--activity'],
      [[...TARGET, '--as-of', '2026-13-01'], '--as-of'],
      [[...TARGET, '--revenue-share', '120'], '--revenue-share'],
      [[...TARGET, '--rule', 'affiliates=off'], '--rule'],
      [[...TARGET, '--match', 'SDN:9750'], '--match'],
    ] as const) {
      const r = await runInvestCli(['invest', ...argv])
      expect(r.code).toBe(2)
      expect(r.err.trim().split('\n')).toHaveLength(1)
      expect(r.err).toContain(`error: ${flag}`)
    }
  })

  it('--list-activities prints the vocabulary with tiers and citations', async () => {
    const r = await runInvestCli(['invest', '--list-activities'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/eda-software\s+prohibited\s+31 CFR 850.224\(a\)/)
    expect(r.out).toMatch(/ai-training-1e23\s+notifiable\s+31 CFR 850.217\(d\)\(3\)/)
  })
})

describe('tradecontrols ownership', () => {
  const zala = 'src/ownership/testdata/zala_ownership_excerpt.ftm.json'

  it('check: owned by an SDN on the date, with the path, exit 3', async () => {
    const r = await runInvestCli([
      'ownership',
      'check',
      'FTM:NK-ERScv7cLkkvZ3ejz7xiToj',
      '--graph',
      zala,
      '--as-of',
      '2023-01-01',
    ])
    expect(r.code).toBe(3)
    expect(r.out).toContain("OWNED BY LISTED PARTIES - OFAC's 50 % rule")
    expect(r.out).toContain('path: Alexander Vyacheslavovich ZAKHAROV -100 %->')
  })

  it('check: not owned on a later date, exit 0', async () => {
    const r = await runInvestCli([
      'ownership',
      'check',
      'FTM:NK-ERScv7cLkkvZ3ejz7xiToj',
      '--graph',
      zala,
      '--as-of',
      '2024-01-01',
    ])
    expect(r.code).toBe(0)
    expect(r.out).toContain('is not 50 % or more owned by listed parties')
  })

  it('check: the Affiliates Rule by date, with an Entity List owner tied by name', async () => {
    const csv = file(
      'aff.csv',
      'owner,owned,percent\nSemiconductor Manufacturing International (Beijing) Corporation,Beijing Sub Co,50\n',
    )
    const during = await runInvestCli([
      'ownership',
      'check',
      'Beijing Sub Co',
      '--graph',
      csv,
      '--as-of',
      '2026-01-15',
    ])
    expect(during.out).toContain('BIS Affiliates Rule suspended on 2026-01-15')
    expect(during.code).toBe(0)
    const after = await runInvestCli(['ownership', 'check', 'Beijing Sub Co', '--graph', csv, '--json'])
    expect(after.code).toBe(3)
    expect(JSON.parse(after.out).findings[0]).toMatchObject({
      applies: true,
      status: { state: 'in-force', verified: false },
    })
    const off = await runInvestCli([
      'ownership',
      'check',
      'Beijing Sub Co',
      '--graph',
      csv,
      '--rule',
      'bis-affiliates=suspended',
    ])
    expect(off.code).toBe(0)
  })

  it('scan: caught entities per rule and the data issues', async () => {
    const r = await runInvestCli(['ownership', 'scan', '--graph', zala, '--as-of', '2023-01-01'])
    expect(r.code).toBe(3)
    expect(r.out).toContain('1 entities caught by ownership')
    expect(r.out).toContain('Data issues: 2 conflicting-records, 1 over-100')
  })

  it('needs --graph', async () => {
    const r = await runInvestCli(['ownership', 'check', 'X'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('error: --graph')
  })
})
