import { describe, expect, it } from 'vitest'
import { parseRemarks } from './remarks.js'
import { splitRemarks } from './split-remarks.js'

describe('splitRemarks', () => {
  it('splits on semicolons outside parentheses and quoted aliases', () => {
    expect(splitRemarks("DOB 1964; a.k.a. 'A; B'; Linked To: X (Y; Z).")).toEqual([
      'DOB 1964',
      "a.k.a. 'A; B'",
      'Linked To: X (Y; Z)',
    ])
  })

  it('treats an apostrophe inside a name as a letter', () => {
    expect(splitRemarks("a.k.a. 'ABU-'UMAR'; Linked To: AL-QA'IDA.")).toEqual([
      "a.k.a. 'ABU-'UMAR'",
      "Linked To: AL-QA'IDA",
    ])
  })
})

describe('parseRemarks', () => {
  it('unpacks birth facts, documents, aliases and links', () => {
    const facts = parseRemarks(
      'DOB 1964; alt. DOB 28 Aug 1962; POB Aweil, Sudan; nationality Korea, North; citizen Iran; Gender Male; ' +
        'Passport 1000644893 (Lebanon) expires 03 Jan 2023; Tax ID No. 7707083893 (Russia); ' +
        "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; a.k.a. 'KIM, JIN SOK'; f.k.a. 'PERUN'; " +
        'Linked To: TANCHON COMMERCIAL BANK; Secondary sanctions risk: section 1(b) of Executive Order 13224.',
    )
    expect(facts).toEqual({
      birthDates: [{ date: '1964' }, { date: '1962-08-28' }],
      birthPlaces: ['Aweil, Sudan'],
      nationalities: ['KP'],
      citizenships: ['IR'],
      gender: 'Male',
      aliases: [
        { value: 'KIM, JIN SOK', kind: 'aka', quality: 'weak' },
        { value: 'PERUN', kind: 'fka', quality: 'weak' },
      ],
      linkedTo: ['TANCHON COMMERCIAL BANK'],
      identifiers: [
        { type: 'Passport', value: '1000644893', country: 'LB', note: 'expires 03 Jan 2023' },
        { type: 'Tax ID No.', value: '7707083893', country: 'RU' },
        { type: 'Digital Currency Address - XBT', value: '12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h' },
      ],
    })
  })

  it('returns empty facts for no remarks', () => {
    expect(parseRemarks(undefined).identifiers).toEqual([])
  })
})
