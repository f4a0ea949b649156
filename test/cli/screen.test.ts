import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../support/cli.js'
import { entity } from '../support/fixtures.js'

const entities = [
  entity({
    id: 'EL:h1',
    list: 'EL',
    name: 'Huawei Technologies Co., Ltd.',
    countries: ['CN'],
    licenseRequirement: 'For all items subject to the EAR',
    licensePolicy: 'Presumption of denial',
    federalRegister: ['84 FR 22961'],
  }),
  entity({ id: 'SDN:123', list: 'SDN', name: 'BANK MELLI IRAN', programs: ['IRAN'] }),
]

const dir = mkdtempSync(join(tmpdir(), 'tc-cli-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('tradecontrols screen NAME', () => {
  it('answers with the contract JSON, the data dates and exit 3 on a match', async () => {
    const r = await runCli(['screen', 'Huawei Technologies Co., Ltd.', '--json'], { entities })
    expect(r.code).toBe(3)
    const json = JSON.parse(r.out)
    expect(json.query).toEqual({ name: 'Huawei Technologies Co., Ltd.' })
    expect(json.matches[0]).toMatchObject({
      source: 'EL',
      sourceId: 'h1',
      name: 'Huawei Technologies Co., Ltd.',
      matchedName: 'Huawei Technologies Co., Ltd.',
      score: 1,
      licenseRequirement: 'For all items subject to the EAR',
      federalRegister: ['84 FR 22961'],
    })
    expect(json.matches[0].explanation.method).toBe('exact')
    expect(json.data).toEqual([
      { source: 'us_csl', published: '2026-07-31', retrieved: '2026-07-31T13:15:00Z', ageDays: 121 },
    ])
  })

  it('says clear with exit 0 and still names the data', async () => {
    const r = await runCli(['screen', 'Apple Inc.'], { entities })
    expect(r.code).toBe(0)
    expect(r.out).toContain('us_csl published 2026-07-31 (121 days old)')
    expect(r.out).toContain('Clear.')
  })

  it('prints licence facts in the human answer', async () => {
    const r = await runCli(['screen', 'huawei technologies co ltd'], { entities })
    expect(r.out).toContain('licence review policy: Presumption of denial')
    expect(r.out).toContain('Federal Register: 84 FR 22961')
  })

  it.each([
    [['screen', ''], 'error: name: must not be empty'],
    [['screen'], 'error: name: is required (or give --input FILE)'],
    [['screen', 'X', '--threshold', '2'], 'error: --threshold: must be a number from 0 to 1, not "2"'],
    [['screen', 'X', '--lists', 'EL,FOO'], 'error: --lists: unknown list code FOO'],
    [['screen', 'X', '--country', 'China'], 'error: country: must be a two-letter ISO country code'],
    [['screen', 'X', '--type', 'company'], 'error: type: must be person, organization, vessel or aircraft'],
  ])('rejects %j with exit 2 and one line', async (argv, message) => {
    const r = await runCli(argv, { entities })
    expect(r.code).toBe(2)
    expect(r.err.trim()).toBe(message)
  })

  it('rejects an unknown flag with exit 2', async () => {
    const r = await runCli(['screen', 'X', '--bogus'], { entities })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown option '--bogus'/)
  })
})

describe('tradecontrols screen NAME --graph', () => {
  it('reports a party that is not listed but 50 % owned by a listed one, with the path', async () => {
    const graph = file(
      'owners.csv',
      'owner,owned,percent,as_of\nBANK MELLI IRAN,Little Trading LLC,30,2024-01-01\nBANK MELLI IRAN,Holdco Ltd,100,2024-01-01\nHoldco Ltd,Little Trading LLC,25,2024-01-01\n',
    )
    const r = await runCli(['screen', 'Little Trading LLC', '--graph', graph, '--json'], { entities })
    const json = JSON.parse(r.out)
    expect(json.matches).toEqual([])
    expect(json.ownership.restrictionsApply).toBe(true)
    expect(json.ownership.summary.join('\n')).toMatch(/BANK MELLI IRAN/)
    expect(r.code).toBe(3)
    const text = await runCli(['screen', 'Little Trading LLC', '--graph', graph], { entities })
    expect(text.out).toContain("The owners' restrictions apply to this party.")
    const before = await runCli(
      ['screen', 'Little Trading LLC', '--graph', graph, '--as-of', '2023-06-01', '--json'],
      { entities },
    )
    expect(JSON.parse(before.out).ownership?.restrictionsApply ?? false).toBe(false)
  })
})

describe('tradecontrols screen --input', () => {
  it('writes one JSONL line per input line, in order, reporting bad rows in place', async () => {
    const input = file(
      'in.jsonl',
      [
        '{"id":"a","name":"Apple Inc."}',
        '{"id":"b","name":"BANK MELLI IRAN","type":"organization"}',
        'not json',
        '{"id":"d","name":""}',
        '',
        '{"id":"e","name":"Huawei Technologies Co Ltd","country":"CN"}',
      ].join('\n'),
    )
    const r = await runCli(['screen', '--input', input], { entities })
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', '3', 'd', 'e'])
    expect(lines[0]).toEqual({ id: 'a', matches: [] })
    expect(lines[1].matches[0]).toMatchObject({ source: 'SDN', sourceId: '123', name: 'BANK MELLI IRAN' })
    expect(lines[2].error).toEqual({ field: `${input}:3`, message: 'is not valid JSON' })
    expect(lines[3].error).toEqual({ field: `${input}:4: name`, message: 'must not be empty' })
    expect(lines[4].matches[0].source).toBe('EL')
    expect(r.err).toContain('screened 5 rows')
    expect(r.err).toContain('2 with matches, 2 bad rows')
    expect(r.code).toBe(2)
  })

  it('reads CSV with a header and writes CSV when the output ends in .csv', async () => {
    const input = file(
      'in.csv',
      'id,name,country\n1,Apple Inc.,US\n2,"Huawei Technologies Co., Ltd.",CN\n3,too,many,cells\n',
    )
    const output = join(dir, 'out.csv')
    const r = await runCli(['screen', '--input', input, '--output', output], { entities })
    const rows = readFileSync(output, 'utf8').trim().split('\n')
    expect(rows[0]).toBe(
      'id,status,match_count,top_source,top_source_id,top_name,top_matched_name,top_score,matches,error',
    )
    expect(rows[1]).toBe('1,clear,0,,,,,,,')
    expect(rows[2]).toMatch(/^2,match,1,EL,h1,"Huawei Technologies Co., Ltd.",/)
    expect(rows[3]).toBe(`3,error,,,,,,,,"${input}:4: has 4 fields, the header has 3"`)
    expect(r.code).toBe(2)
  })

  it('exits 3 when every row is good and some match, 0 when all are clear', async () => {
    const some = file('some.jsonl', '{"id":"1","name":"BANK MELLI IRAN"}\n')
    expect((await runCli(['screen', '--input', some], { entities })).code).toBe(3)
    const none = file('none.jsonl', '{"id":"1","name":"Acme Widgets"}\n')
    expect((await runCli(['screen', '--input', none], { entities })).code).toBe(0)
  })

  it.each([
    [['--input', '/nonexistent/x.jsonl'], /^error: \/nonexistent\/x.jsonl: cannot read file \(ENOENT\)$/],
    [['--input', 'x.txt'], /^error: --format: cannot tell the format of x.txt/],
    [['--input', 'x.jsonl', '--format', 'xml'], /^error: --format: must be jsonl or csv, not "xml"$/],
  ])('rejects %j with exit 2', async (argv, message) => {
    const r = await runCli(['screen', ...argv], { entities })
    expect(r.code).toBe(2)
    expect(r.err.trim()).toMatch(message)
  })

  it('refuses a CSV without a name column and a UTF-16 file', async () => {
    const noName = file('noname.csv', 'id,company\n1,Acme\n')
    expect((await runCli(['screen', '--input', noName], { entities })).err).toContain(
      'header has no "name" column',
    )
    const utf16 = join(dir, 'u16.jsonl')
    writeFileSync(utf16, Buffer.from(`\ufeff{"id":"1","name":"A"}\n`, 'utf16le'))
    const r = await runCli(['screen', '--input', utf16], { entities })
    expect(r.code).toBe(2)
    expect(r.err).toContain('is not UTF-8 text')
  })

  it('reports a Windows-1252 row instead of screening a mangled name', async () => {
    const latin1 = join(dir, 'latin1.jsonl')
    writeFileSync(
      latin1,
      Buffer.concat([Buffer.from('{"id":"1","name":"Soci'), Buffer.from([0xe9]), Buffer.from('t\u0065"}\n')]),
    )
    const r = await runCli(['screen', '--input', latin1], { entities })
    expect(JSON.parse(r.out).error.message).toContain('not valid UTF-8')
  })
})
