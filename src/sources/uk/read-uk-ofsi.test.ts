import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readUkOfsi } from './read-uk-ofsi.js'
import { ukDate } from './uk-date.js'

const sample = () => readUkOfsi(testFile(new URL('./testdata/ConList_sample_2020-03.csv', import.meta.url)))
const byId = (id: string) => sample().entities.find((e) => e.sourceId === id)!
const text = (s: string) => ({ name: 'uk.csv', bytes: new TextEncoder().encode(s) })

describe('readUkOfsi', () => {
  it('groups alias rows by Group ID (77 rows, 41 groups) and dates the list by Last Updated', () => {
    const ds = sample()
    expect(ds.entities).toHaveLength(41)
    expect(ds.published).toBe('2020-02-20')
    expect(ds.source).toBe('uk_ofsi')
  })

  it('maps an individual: natural-order name, DOBs with unknown day and month, nationalities, passport', () => {
    const e = byId('13349')
    expect(e).toMatchObject({ id: 'UK:13349', list: 'UK', type: 'person', name: 'Sheikh Farooq AL-QAHTANI' })
    expect(e.birthDates).toEqual([{ date: '1980' }, { date: '1981' }])
    expect(e.nationalities).toEqual(['SA', 'QA'])
    expect(e.identifiers).toEqual([
      {
        type: 'Passport',
        value: '592667',
        note: 'Passport No: 592667 (Qatari passport issued on 3 May 2007).',
      },
    ])
    expect(e.programs).toEqual(["The ISIL (Da'esh) and Al-Qaida organisations"])
    expect(e.listedOn).toBe('2016-04-01')
  })

  it('uses the Prime Alias row as the name and the others as aliases', () => {
    const ds = sample()
    const withPrime = ds.entities.filter((e) => e.names.length > 1)
    expect(withPrime.length).toBeGreaterThan(0)
    expect(byId('13562').name).toBe('Kim Kyong IL')
  })

  it('decodes Windows-1252 punctuation', () => {
    const remarks = sample()
      .entities.map((e) => e.remarks ?? '')
      .join('\n')
    expect(remarks).toContain('\u2018Lugansk People\u00b4s Republic')
    expect(remarks).not.toContain('\ufffd')
  })

  it('reports groups that the partial extract cut off from their Prime Alias row', () => {
    const ds = sample()
    expect(ds.issues.every((i) => i.action === 'repaired' && /has no Prime Alias row/.test(i.message))).toBe(
      true,
    )
    expect(ds.issues[0]).toEqual({
      where: 'ConList_sample_2020-03.csv:2',
      message: 'group 13349 has no Prime Alias row',
      action: 'repaired',
    })
  })

  it('reads DD/MM/YYYY with 00 for unknown parts', () => {
    expect(ukDate('00/00/1980')).toBe('1980')
    expect(ukDate('00/08/1979')).toBe('1979-08')
    expect(ukDate('01/08/1979')).toBe('1979-08-01')
    expect(ukDate('31/02/1979')).toBeUndefined()
  })

  it('reports rows without a Group ID or name and refuses a file that is not an OFSI list', () => {
    const header = 'Name 6,Name 1,Alias Type,Group Type,Group ID\n'
    const ds = readUkOfsi(
      text(`${header}ACME,,Prime Alias,Entity,1\nNOBODY,,AKA,Entity,\n,,AKA,Entity,1\nX,Y\n`),
    )
    expect(ds.entities.map((e) => e.name)).toEqual(['ACME'])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'uk.csv:3:Group ID no Group ID',
      'uk.csv:5 2 fields, expected 5',
      'uk.csv:4:Name 6 empty name',
    ])
    expect(() => readUkOfsi(text('a,b\n1,2\n'))).toThrow(TcError)
  })
})
