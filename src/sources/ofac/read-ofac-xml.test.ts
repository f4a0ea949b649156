import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readOfacXml } from './read-ofac-xml.js'

const sample = () =>
  readOfacXml(testFile(new URL('./testdata/sdn_xml_sample_2019-03-11.xml', import.meta.url)))
const byId = (id: string) => sample().entities.find((e) => e.id === id)!
const xml = (body: string) => ({
  name: 'sdn.xml',
  bytes: new TextEncoder().encode(
    `<?xml version="1.0"?>\n<sdnList xmlns="http://tempuri.org/sdnList.xsd">${body}</sdnList>`,
  ),
})

describe('readOfacXml', () => {
  it('reads all 17 entries and dates the list from Publish_Date', () => {
    const ds = sample()
    expect(ds.entities).toHaveLength(17)
    expect(ds.published).toBe('2019-03-11')
    expect(ds.source).toBe('ofac_sdn')
    expect(ds.issues).toEqual([])
  })

  it('keeps OFAC alias strength', () => {
    expect(byId('SDN:306').names).toEqual([
      { value: 'BANCO NACIONAL DE CUBA', kind: 'primary', script: 'Latn' },
      { value: 'BNC', kind: 'aka', quality: 'weak', script: 'Latn' },
      { value: 'NATIONAL BANK OF CUBA', kind: 'aka', quality: 'strong', script: 'Latn' },
    ])
  })

  it('maps an individual with ids, dates of birth and the CSV name order', () => {
    const e = byId('SDN:4106')
    expect(e).toMatchObject({ name: 'HERRERA BUITRAGO, Helmer', type: 'person', programs: ['SDNT'] })
    expect(e.birthDates).toEqual([{ date: '1951-08-24' }, { date: '1951-07-05' }])
    expect(e.identifiers).toEqual([
      { type: 'Passport', value: 'J287011', country: 'CO' },
      { type: 'Cedula No.', value: '16247821', country: 'CO' },
    ])
    expect(e.names[1]).toEqual({ value: 'Helmer HERRERA BUITRAGO', kind: 'aka', script: 'Latn' })
  })

  it('reports entries without uid or name and refuses broken XML with file and line', () => {
    const ds = readOfacXml(
      xml(
        '<sdnEntry><uid>1</uid><lastName>A</lastName></sdnEntry>\n<sdnEntry><lastName>B</lastName></sdnEntry>\n<sdnEntry><uid>3</uid></sdnEntry>',
      ),
    )
    expect(ds.entities.map((e) => e.id)).toEqual(['SDN:1'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'sdn.xml:3:uid no uid',
      'sdn.xml:4:lastName empty name',
    ])
    try {
      readOfacXml(xml('<sdnEntry><uid>1</uid>\n<lastName>A</sdnEntry>'))
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(TcError)
      expect((e as TcError).field).toBe('sdn.xml:3')
    }
  })
})
