import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readCslCsv } from './read-csl-csv.js'

const excerpt = () => readCslCsv(testFile(new URL('./testdata/csl_excerpt_2022-05-06.csv', import.meta.url)))
const find = (name: string) => excerpt().entities.find((e) => e.name === name)!
const text = (s: string) => ({ name: 'c.csv', bytes: new TextEncoder().encode(s) })
const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n'

describe('readCslCsv', () => {
  it('maps an SDN individual with ids, gender, birth facts and Linked To', () => {
    const e = find('ABADIGGA, Abdella Hussein')
    expect(e).toMatchObject({ id: 'SDN:35064', type: 'person', gender: 'Male', programs: ['SDGT'] })
    expect(e.identifiers).toContainEqual({ type: 'Passport', value: 'T00043812', country: 'ZA' })
    expect(e.birthDates).toEqual([{ date: '1974-02-01' }])
    expect(e.birthPlaces).toEqual(['Jimma, Oromia Regional State, Ethiopia'])
    expect(e.nationalities).toEqual(['ET'])
    expect(e.countries).toEqual(['ZA', 'ET'])
    expect(e.linkedTo).toEqual(['ISLAMIC STATE OF IRAQ AND THE LEVANT'])
    expect(e.names.map((n) => n.value)).toContain('ABU HAMZA')
  })

  it('keeps birth-date ranges and approximations', () => {
    expect(find('ABU DAWUD, Musa').birthDates).toEqual([{ from: '1958', to: '1960', raw: '1958 to 1960' }])
    expect(find('ABD AL-GHAFAR, Sundus').birthDates).toEqual([{ date: '1967', raw: 'circa 1967' }])
  })

  it('maps vessels with flag country and Entity List licence columns', () => {
    const ship = find('AKADEMIK CHERSKIY')
    expect(ship.vessel).toEqual({ callSign: 'UDQB', vesselType: 'Pipe-laying Vessel', flag: 'Russia' })
    expect(ship.countries).toEqual(['RU'])
    const plant = find('140 Repair Plant JSC')
    expect(plant.names.map((n) => n.value)).toContain('JSC 140 Repair Plant') // "; and JSC 140 ..." in the file
    expect(plant).toMatchObject({
      licensePolicy: 'Policy of denial.',
      listedOn: '2022-04-07',
      federalRegister: ['87 FR 20299'],
    })
  })

  it('splits the Huawei affiliate (two spaces after the full stop) and links it', () => {
    const ds = excerpt()
    const parent = ds.entities.find((e) => e.name === 'Huawei Technologies Co., Ltd. (Huawei)')!
    const child = ds.entities.find((e) => e.parentId === parent.id)!
    expect(child.name).toMatch(/^Hangzhou /)
    expect(parent.federalRegister).toEqual([
      '84 FR 22963',
      '84 FR 43495',
      '85 FR 29853',
      '85 FR 36720',
      '85 FR 51603',
    ])
    expect(ds.relations).toEqual([
      { kind: 'affiliate', from: child.id, to: parent.id, role: 'affiliated entity' },
    ])
  })

  it('keeps DPL order dates and numbers a repeated entity number', () => {
    expect(find('I. ASH')).toMatchObject({ list: 'DPL', listedOn: '2003-06-19', endsOn: '2056-06-29' })
    const kunlun = excerpt()
      .entities.filter((e) => e.name === 'BANK OF KUNLUN CO LTD')
      .map((e) => e.id)
    expect(kunlun).toEqual(['CAP:15268', 'CAP:15268-2'])
  })

  it('reports the typo start date and dates the list by the newest start_date', () => {
    const ds = excerpt()
    expect(ds.issues).toEqual([
      {
        where: 'csl_excerpt_2022-05-06.csv:5:start_date',
        message: 'not a date: "0097-06-30"',
        action: 'repaired',
      },
    ])
    expect(ds.published).toBe('2022-04-07')
  })

  it('skips the repeated header and reports the truncated last record of the 2023 file', () => {
    const ds = readCslCsv(
      testFile(new URL('./testdata/csl_partial_2023-11-30_head_and_tail.csv', import.meta.url)),
    )
    expect(ds.entities).toHaveLength(4)
    expect(ds.issues.map((i) => [i.where, i.action])).toEqual([
      ['csl_partial_2023-11-30_head_and_tail.csv:7', 'skipped'],
      ['csl_partial_2023-11-30_head_and_tail.csv:2', 'skipped'],
    ])
    expect(ds.issues[0]?.message).toMatch(/Quote Not Closed/)
  })

  it('reports ragged, empty-name and absurd rows without stopping', () => {
    const longName = 'X'.repeat(100_000)
    const ds = readCslCsv(
      text(
        HEADER +
          '1,Entity List (EL) - Bureau of Industry and Security,,,,Good Co,,,,,,,,,,,,,,,,,,,,,,,\n' +
          '2,Entity List (EL) - Bureau of Industry and Security,,,,Short row\n' +
          '3,Entity List (EL) - Bureau of Industry and Security,,,, ,,,,,,,,,,,,,,,,,,,,,,,\n' +
          `4,Entity List (EL) - Bureau of Industry and Security,,,,${longName},,,,,,,,,,,,,,,,,,,,,,,\n`,
      ),
    )
    expect(ds.entities.map((e) => e.name)).toEqual(['Good Co'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'c.csv:3 6 fields, expected 29',
      'c.csv:4:name empty name',
      'c.csv:5:name name of 100000 characters',
    ])
  })

  it('refuses a file without the CSL header', () => {
    expect(() => readCslCsv(text('a,b,c\n1,2,3\n'))).toThrow(TcError)
  })
})
