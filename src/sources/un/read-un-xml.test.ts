import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readUnXml } from './read-un-xml.js'

const excerpt = () => readUnXml(testFile(new URL('./testdata/un_excerpt_2026-02-27.xml', import.meta.url)))
const byId = (id: string) => excerpt().entities.find((e) => e.sourceId === id)!
const xml = (body: string) => ({
  name: 'un.xml',
  bytes: new TextEncoder().encode(
    `<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-02T00:00:00Z">${body}</CONSOLIDATED_LIST>`,
  ),
})

describe('readUnXml', () => {
  it('dates the list from dateGenerated and reads individuals and entities', () => {
    const ds = excerpt()
    expect(ds.published).toBe('2026-02-27')
    expect(ds.entities.filter((e) => e.type === 'person')).toHaveLength(6)
    expect(ds.entities.filter((e) => e.type === 'organization')).toHaveLength(3)
    expect(ds.issues).toEqual([])
  })

  it('maps an individual with a DOB range and strong and weak aliases', () => {
    const e = byId('6908021')
    expect(e).toMatchObject({
      id: 'UN:6908021',
      list: 'UN',
      name: 'BOSCO TAGANDA',
      programs: ['DRC'],
      listedOn: '2005-11-01',
    })
    expect(e.birthDates).toEqual([{ from: '1973', to: '1974', raw: 'between 1973 and 1974' }])
    expect(e.names).toContainEqual({
      value: 'Bosco Ntaganda',
      kind: 'aka',
      quality: 'strong',
      script: 'Latn',
    })
    expect(e.names).toContainEqual({ value: 'Terminator', kind: 'aka', quality: 'weak', script: 'Latn' })
    expect(e.identifiers).toEqual([{ type: 'UN Reference Number', value: 'CDi.030' }])
    expect(e.nationalities).toEqual(['CD'])
    expect(e.birthPlaces).toEqual(['Bigogwe, Rwanda'])
  })

  it('keeps approximate dates, titles, the original script and documents', () => {
    const leopold = byId('6908006')
    expect(leopold.birthDates).toEqual([{ date: '1962-03-17' }, { date: '1966', raw: 'approximately 1966' }])
    expect(leopold.title).toBe('FDLR-FOCA Chief of Staff; FDLR-FOCA Interim Deputy Commander')
    expect(byId('6908072').names).toContainEqual({ value: 'طارق عزيز', kind: 'aka', script: 'Arab' })
    expect(byId('690747').identifiers).toContainEqual({
      type: 'Passport',
      value: '381420754',
      note: 'issued 2011-12-07, Expires on 7 Dec. 2016',
    })
  })

  it('maps entity aliases whose QUALITY is a kind', () => {
    const adf = byId('6908402')
    expect(adf.names.map((n) => [n.value, n.kind])).toContainEqual(['NALU', 'fka'])
    expect(adf.addresses).toEqual([
      { full: 'North Kivu, Democratic Republic of the Congo', state: 'North Kivu', country: 'CD' },
    ])
  })

  it('reads the compact 2018 layout', () => {
    const ds = readUnXml(testFile(new URL('./testdata/un_excerpt_2018-06-21.xml', import.meta.url)))
    expect(ds.published).toBe('2018-06-21')
    expect(ds.entities.map((e) => e.id)).toContain('UN:6908555')
    expect(ds.entities.find((e) => e.id === 'UN:6908555')?.name).toBe('RI WON HO')
  })

  it('reports records without DATAID or name, and refuses XML that is not well-formed', () => {
    const ds = readUnXml(
      xml(
        '<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A B</FIRST_NAME></INDIVIDUAL>' +
          '<INDIVIDUAL><FIRST_NAME>NO ID</FIRST_NAME></INDIVIDUAL>' +
          '<INDIVIDUAL><DATAID>3</DATAID><FIRST_NAME> </FIRST_NAME></INDIVIDUAL></INDIVIDUALS>',
      ),
    )
    expect(ds.entities.map((e) => e.id)).toEqual(['UN:1'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'un.xml:2:DATAID no DATAID',
      'un.xml:2:FIRST_NAME empty name',
    ])
    expect(ds.published).toBe('2026-01-02')
    expect(() => readUnXml(xml('<INDIVIDUALS><INDIVIDUAL>'))).toThrow(TcError)
    expect(() => readUnXml(xml('<INDIVIDUALS><INDIVIDUAL>'))).toThrow(/not well-formed/)
  })
})
