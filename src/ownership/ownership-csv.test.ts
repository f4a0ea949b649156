import { describe, expect, it } from 'vitest'
import { parseOwnershipCsv } from './ownership-csv.js'

describe('ownership CSV', () => {
  it('reads owner,owned,percent,as_of in any column order, with "%" and empty shares', () => {
    const text = 'as_of,owner,owned,percent\n2024-01-01,SDN:1,Acme,25 %\n,Bravo,Acme,\n'
    const { edges, issues } = parseOwnershipCsv(text, 'g.csv')
    expect(issues).toEqual([])
    expect(edges).toEqual([
      { owner: 'SDN:1', owned: 'Acme', percent: 25, startDate: '2024-01-01', source: 'g.csv:2' },
      { owner: 'Bravo', owned: 'Acme', source: 'g.csv:3' },
    ])
  })

  it('reports bad rows by line and column and keeps the rest', () => {
    const text = 'owner,owned,percent,as_of\nA,B,abc,\nA,B,10,01/02/2024\n,B,5,\nA,C,150,\n'
    const { edges, issues } = parseOwnershipCsv(text, 'g.csv')
    expect(issues.map((i) => i.where)).toEqual(['g.csv:2:percent', 'g.csv:3:as_of', 'g.csv:4'])
    // 150 % is kept for the graph to reject with its line.
    expect(edges).toEqual([{ owner: 'A', owned: 'C', percent: 150, source: 'g.csv:5' }])
  })

  it('says which columns a header lacks', () => {
    const { issues } = parseOwnershipCsv('parent,child\nA,B\n', 'g.csv')
    expect(issues[0]?.message).toBe('header lacks owner, owned, percent')
  })
})
