import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readCslJson } from './read-csl-json.js'

const excerpt = () =>
  readCslJson(testFile(new URL('./testdata/csl_excerpt_2026-07-31.json', import.meta.url)))
const bytes = (s: string) => ({ name: 'x.json', bytes: new TextEncoder().encode(s) })

describe('readCslJson', () => {
  it('dates the list from sources_generated_at', () => {
    const ds = excerpt()
    expect(ds.published).toBe('2026-07-31')
    expect(ds.format).toBe('csl-json')
    expect(ds.issues).toEqual([])
  })

  it('splits Huawei affiliates from the parent row and links them', () => {
    const ds = excerpt()
    const parent = ds.entities.find((e) => e.name === 'Huawei Technologies Co., Ltd. (Huawei)')!
    const child = ds.entities.find(
      (e) => e.name === 'Beijing Huawei Longshine Information Technology Co., Ltd.',
    )!
    expect(parent.list).toBe('EL')
    expect(parent.parentId).toBeUndefined()
    expect(parent.names.map((n) => n.value)).toContain('Shenzhen Huawei Technologies')
    expect(child.parentId).toBe(parent.id)
    expect(child.sourceIdDerived).toBe(true)
    expect(child.licensePolicy).toBe('Presumption of denial')
    expect(child.licenseRequirement).toMatch(/^For all items subject to the EAR/)
    expect(child.federalRegister).toContain('84 FR 22963')
    expect(child.countries).toEqual(['CN'])
    expect(ds.relations).toContainEqual({
      kind: 'affiliate',
      from: child.id,
      to: parent.id,
      role: 'affiliated entity',
    })
    const huaweiAffiliates = ds.relations.filter((r) => r.to === parent.id)
    expect(huaweiAffiliates).toHaveLength(3)
  })

  it('splits "Subordinate Institution -" and "and subordinate entity" phrasings', () => {
    const ds = excerpt()
    const paec = ds.entities.find((e) => e.name === 'National Development Complex (NDC)')!
    expect(paec.parentId).toBeDefined()
    const parent = ds.entities.find((e) => e.id === paec.parentId)!
    expect(parent.name).toBe('Pakistan Atomic Energy Commission (PAEC)')
    // The file has no row for PAEC itself, so the parent is made from the affiliate row.
    expect(parent.sourceIdDerived).toBe(true)
    expect(parent.licensePolicy).toBe(paec.licensePolicy)
    const cetc = ds.relations.filter((r) => r.role === 'subordinate institution')
    expect(cetc).toHaveLength(2)
  })

  it('maps Treasury rows by entity number, types and programs', () => {
    const ds = excerpt()
    const abbas = ds.entities.find((e) => e.id === 'SDN:2674')!
    expect(abbas).toMatchObject({ type: 'person', name: 'ABBAS, Abu', programs: ['SDGT'] })
    expect(abbas.names[1]).toEqual({ value: 'ZAYDAN, Muhammad', kind: 'aka', script: 'Latn' })
    expect(ds.entities.find((e) => e.name === 'MAR AZUL')?.type).toBe('vessel')
    expect(ds.entities.find((e) => e.name === 'EP-GOL')?.type).toBe('aircraft')
    const lists = new Set(ds.entities.map((e) => e.list))
    for (const code of [
      'EL',
      'UVL',
      'MEU',
      'DPL',
      'SDN',
      'SSI',
      'CMIC',
      'NS-MBS',
      'PLC',
      'CAP',
      'DTC',
      'ISN',
    ]) {
      expect(lists).toContain(code)
    }
  })

  it('strips the prose "and " from alias lists and resolves country names', () => {
    const ds = excerpt()
    const gosniimash = ds.entities.find((e) => e.name.startsWith('Tactical Missile Corporation'))!
    expect(gosniimash.names.some((n) => n.value.startsWith('and '))).toBe(false)
    const turkiye = ds.entities.find((e) => e.addresses.some((a) => a.full?.includes('TURKIYE')))
    expect(turkiye?.countries).toContain('TR')
  })

  it('gives repeated rows distinct stable ids', () => {
    const ds = excerpt()
    const ids = ds.entities.filter((e) => e.name === 'Djamshid Nezhad').map((e) => e.id)
    expect(ids).toHaveLength(2)
    expect(new Set(ids).size).toBe(2)
    expect(
      readCslJson(testFile(new URL('./testdata/csl_excerpt_2026-07-31.json', import.meta.url))).entities.map(
        (e) => e.id,
      ),
    ).toEqual(ds.entities.map((e) => e.id))
  })

  it('keeps a citation it cannot normalise verbatim', () => {
    const ds = excerpt()
    expect(ds.entities.some((e) => e.federalRegister.some((f) => f.startsWith('Vol. ')))).toBe(true)
  })

  it('reports bad rows, including malformed JSON inside one result, and reads the rest', () => {
    const ds = readCslJson(
      bytes(
        '{"results":[1,\n{"source":"Entity List (EL) - BIS","name":"  "},\n{"source":"Mystery List","name":"X"},\n' +
          '{"source":"Entity List (EL) - BIS","name":"Trailing comma",},\n{"source":"Entity List (EL) - BIS","name":"Good Co"}]}',
      ),
    )
    expect(ds.entities.map((e) => e.name)).toEqual(['Good Co'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'x.json:1:#1 result is not an object',
      'x.json:4:#4 result is not valid JSON',
      'x.json:2:#2:name empty name',
      'x.json:3:#3:source unknown CSL source "Mystery List"',
    ])
  })

  it('refuses files that are not CSL JSON, naming the file', () => {
    expect(() => readCslJson(bytes('{"data":[]}'))).toThrow(TcError)
    expect(() => readCslJson(bytes('{"results":[{"name":"x"},'))).toThrow(/not closed/)
  })
})
