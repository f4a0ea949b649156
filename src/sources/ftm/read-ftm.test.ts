import { describe, expect, it } from 'vitest'
import { testFile } from '../common/load-testdata.js'
import { readFtm } from './read-ftm.js'

const zala = () => readFtm(testFile(new URL('./testdata/zala_excerpt.ftm.json', import.meta.url)))
const byName = (name: string) => zala().entities.find((e) => e.name === name)!
const lines = (...objects: unknown[]) => ({
  name: 'x.ftm.json',
  bytes: new TextEncoder().encode(
    objects.map((o) => (typeof o === 'string' ? o : JSON.stringify(o))).join('\n'),
  ),
})

describe('readFtm', () => {
  it('reads parties as FTM entities, datasets and sanction programs in programs', () => {
    const ds = zala()
    expect(ds.entities).toHaveLength(5)
    expect(ds.issues).toEqual([])
    expect(ds.published).toBe('2026-04-29')
    const alexander = byName('Alexander Vyacheslavovich ZAKHAROV')
    expect(alexander).toMatchObject({ list: 'FTM', type: 'person', listedOn: '2023-07-01' })
    expect(alexander.programs).toContain('eu_fsf')
    expect(alexander.programs).toContain('The Russia (Sanctions) (EU Exit) Regulations 2019')
    expect(alexander.names.some((n) => n.script === 'Cyrl')).toBe(true)
  })

  it('turns Ownership, Directorship and Family into relations with percent and role', () => {
    const ds = zala()
    expect(ds.relations.map((r) => r.kind).sort()).toEqual([
      'directorship',
      'family',
      'ownership',
      'ownership',
      'ownership',
      'ownership',
      'ownership',
      'ownership',
    ])
    const ids = new Set(ds.entities.map((e) => e.id))
    expect(ds.relations.every((r) => ids.has(r.from) && ids.has(r.to))).toBe(true)
    expect(ds.relations.filter((r) => r.percent !== undefined).length).toBeGreaterThan(0)
    expect(ds.relations.every((r) => r.percent === undefined || (r.percent >= 0 && r.percent <= 100))).toBe(
      true,
    )
  })

  it('enriches parties from Address entities and passport numbers', () => {
    expect(byName('LLC CST').addresses.length).toBeGreaterThan(0)
    expect(byName('Lavrentiy Aleksandrovich ZAKHAROV').identifiers).toContainEqual({
      type: 'Passport',
      value: '089132114',
    })
  })

  it('reads the multilingual EU names of t1', () => {
    const ds = readFtm(testFile(new URL('./testdata/yente_t1.entities.ftm.json', import.meta.url)))
    expect(ds.entities).toHaveLength(6)
    const tobacco = ds.entities.find((e) => e.name === 'RAB „Inter Tobacco“')!
    expect(tobacco.names.map((n) => n.script)).toContain('Grek')
    expect(tobacco.countries).toEqual(['BY'])
  })

  it('reports bad lines, dangling links and schemata it does not read', () => {
    const ds = readFtm(
      lines(
        { id: 'a', schema: 'Company', properties: { name: ['ACME'] } },
        '{"id": "broken"',
        { id: 'o', schema: 'Ownership', properties: { owner: ['a'], asset: ['zz'], percentage: ['50'] } },
        { id: 'n', schema: 'Note', properties: {} },
        { id: 'e', schema: 'Person', properties: {} },
      ),
    )
    expect(ds.entities.map((e) => e.id)).toEqual(['FTM:a'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'x.ftm.json:2 not valid JSON',
      'x.ftm.json:5:name empty name',
      'x.ftm.json:3 Ownership o links to an entity not in this file',
      'x.ftm.json:4 schema Note is not read',
    ])
  })
})
