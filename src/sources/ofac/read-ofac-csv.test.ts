import { describe, expect, it } from 'vitest'
import { testFile } from '../common/load-testdata.js'
import { readOfacCsv } from './read-ofac-csv.js'

const sdnFile = (name: string) => testFile(new URL(`./testdata/sdn_2023-12-28/${name}`, import.meta.url))
const consFile = (name: string) => testFile(new URL(`./testdata/cons_2025-12-19/${name}`, import.meta.url))
const sdn = () =>
  readOfacCsv({
    primary: sdnFile('sdn.csv'),
    alt: sdnFile('alt.csv'),
    add: sdnFile('add.csv'),
    comments: sdnFile('sdn_comments.csv'),
  })
const byId = (id: string) => sdn().entities.find((e) => e.id === id)!
const bytes = (name: string, s: string) => ({ name, bytes: new TextEncoder().encode(s) })

describe('readOfacCsv on the SDN trio', () => {
  it('reads every row, drops the 0x1A end byte and reports nothing', () => {
    const ds = sdn()
    expect(ds.entities).toHaveLength(15)
    expect(ds.issues).toEqual([])
    expect(ds.source).toBe('ofac_sdn')
    expect(ds.published).toBeUndefined()
  })

  it('maps an individual with remarks-packed DOB, POB, passport and weak aka', () => {
    const e = byId('SDN:3754')
    expect(e.name).toBe('ABU MARZOOK, Mousa Mohammed')
    expect(e.type).toBe('person')
    expect(e.birthDates).toEqual([{ date: '1951-02-09' }])
    expect(e.birthPlaces).toEqual(['Gaza, Egypt'])
    expect(e.identifiers).toContainEqual({ type: 'Passport', value: '92/664', country: 'EG' })
    expect(e.names).toContainEqual({ value: 'Mousa Mohammed ABU MARZOOK', kind: 'aka', script: 'Latn' })
    expect(e.names).toContainEqual({ value: 'MARZUK, Musa Abu', kind: 'aka', script: 'Latn' }) // alt.csv
    expect(e.names).toContainEqual({ value: "ABU-'UMAR", kind: 'aka', quality: 'weak', script: 'Latn' })
    expect(e.title).toBe('Political Leader in Amman, Jordan and Damascus, Syria for HAMAS')
  })

  it('joins programs, addresses, fka names and Linked To', () => {
    const ansar = byId('SDN:12478')
    expect(ansar.programs).toEqual(['IRAN', 'SDGT', 'NPWMD', 'IRGC', 'IFSR'])
    expect(ansar.linkedTo).toEqual([
      'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE',
      'ISLAMIC REVOLUTIONARY GUARD CORPS',
    ])
    expect(ansar.names.filter((n) => n.kind === 'fka').map((n) => n.value)).toContain('ANSAR INSTITUTE')
    expect(byId('SDN:36').addresses).toEqual([{ country: 'CU', full: 'Havana, Cuba' }])
  })

  it('maps vessels and aircraft', () => {
    const pegas = byId('SDN:34942')
    expect(pegas.type).toBe('vessel')
    expect(pegas.vessel).toEqual({
      vesselType: 'Crude Oil Tanker',
      grossRegisteredTonnage: '61991',
      flag: 'Russia',
    })
    expect(pegas.identifiers).toEqual([
      { type: 'Vessel Registration Identification', value: 'IMO 9256860', country: 'RU' },
    ])
    expect(byId('SDN:15431').type).toBe('aircraft')
  })

  it('continues cut-off remarks from sdn_comments.csv', () => {
    const sber = byId('SDN:17018')
    expect(sber.remarks).toContain('Listing Date (EO 14024 Directive 2): 24 Feb 2022')
    expect(sber.identifiers).toContainEqual({ type: 'Tax ID No.', value: '7707083893', country: 'RU' })
  })

  it('keeps digital currency addresses, DOB circa and citizenship', () => {
    const yan = byId('SDN:25308')
    expect(yan.identifiers.filter((i) => i.type === 'Digital Currency Address - XBT')).toHaveLength(6)
    expect(yan.citizenships).toEqual(['CN'])
    expect(byId('SDN:7782').birthDates).toEqual([{ date: '1951', raw: 'circa 1951' }])
    expect(byId('SDN:11648').nationalities).toEqual(['KP'])
  })

  it('reads sdn.csv on its own', () => {
    const ds = readOfacCsv({ primary: sdnFile('sdn.csv') })
    expect(ds.entities).toHaveLength(15)
    expect(ds.entities.find((e) => e.id === 'SDN:36')?.addresses).toEqual([])
  })
})

describe('readOfacCsv on the non-SDN consolidated files', () => {
  it('lets the program decide the list', () => {
    const ds = readOfacCsv({
      primary: consFile('cons_prim.csv'),
      alt: consFile('cons_alt.csv'),
      add: consFile('cons_add.csv'),
      comments: consFile('cons_comments.csv'),
    })
    expect(ds.source).toBe('ofac_cons')
    expect(ds.issues).toEqual([])
    const list = (id: string) => ds.entities.find((e) => e.sourceId === id)?.list
    expect(list('9639')).toBe('PLC') // NS-PLC
    expect(list('30882')).toBe('CMIC') // CMIC-EO13959
    expect(list('15268')).toBe('CAP') // 561-Related
    expect(list('17014')).toBe('SSI') // UKRAINE-EO13662] [RUSSIA-EO14024
    expect(ds.entities.filter((e) => e.list === 'NONSDN').map((e) => e.programs.join(' '))).toEqual([
      'CAATSA - RUSSIA',
      'BURMA-EO14014',
      'ILLICIT-DRUGS-EO14059',
    ])
  })
})

describe('readOfacCsv on bad input', () => {
  it('reports short rows, bad entity numbers, empty names and orphan aliases', () => {
    const ds = readOfacCsv({
      primary: bytes(
        'sdn.csv',
        '1,"GOOD CO",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' +
          '2,"SHORT ROW",-0- \r\n' +
          'x,"BAD NUMBER",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n' +
          '4,-0- ,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a',
      ),
      alt: bytes('alt.csv', '9,1,"aka","NOBODY",-0- \r\n'),
    })
    expect(ds.entities.map((e) => e.name)).toEqual(['GOOD CO'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'sdn.csv:2 3 fields, expected 12',
      'sdn.csv:3:ent_num not an entity number: "x"',
      'sdn.csv:4:SDN_Name empty name',
      'alt.csv:1:ent_num no entity 9 in the primary file',
    ])
  })

  it('decodes Windows-1252 accents in legacy copies', () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('1,"MU'),
      0xd1,
      ...new TextEncoder().encode('OZ, Jose",individual,"SDNT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'),
    ])
    expect(readOfacCsv({ primary: { name: 'sdn.csv', bytes: latin } }).entities[0]?.name).toBe('MUÑOZ, Jose')
  })
})
