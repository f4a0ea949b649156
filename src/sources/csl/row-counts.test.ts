import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ListCode } from '../../model/entity.js'
import { sharedFile } from '../common/shared-data.js'
import type { ReadResult } from '../common/types.js'
import { readCslCsv } from './read-csl-csv.js'
import { readCslJson } from './read-csl-json.js'

const perList = (ds: ReadResult): Partial<Record<ListCode, number>> => {
  const counts: Partial<Record<ListCode, number>> = {}
  for (const e of ds.entities) counts[e.list] = (counts[e.list] ?? 0) + 1
  return counts
}

const read = (relative: string, reader: (f: { name: string; bytes: Uint8Array }) => ReadResult) => {
  const path = sharedFile(relative)
  return path ? reader({ name: relative, bytes: readFileSync(path) }) : undefined
}

// Independent counts, per `source` value, made with Python's json/csv modules (not our readers):
//   python3 -c "import json,collections;print(collections.Counter(r['source'] for r in
//     json.load(open('consolidated_2026-07-31.json'))['results']))"
//   python3 -c "import csv,collections;print(collections.Counter(r['source'] for r in
//     csv.DictReader(open('csl_full_2022-05-06.csv',newline=''))))"
// Neither file names a parent that has no row of its own, so entities per list equal rows per list.
describe('CSL row counts agree with an independent count of the full files', () => {
  it('consolidated_2026-07-31.json: 25,921 rows', () => {
    const ds = read('us_csl/consolidated_2026-07-31.json', readCslJson)
    if (!ds) return
    expect(perList(ds)).toEqual({
      EL: 3420,
      UVL: 222,
      MEU: 70,
      DPL: 1596,
      SDN: 19181,
      SSI: 286,
      ISN: 161,
      PLC: 78,
      CMIC: 68,
      'NS-MBS': 51,
      CAP: 1,
      DTC: 787,
    })
    expect(ds.issues).toEqual([])
    // 22 "Affiliated Entity:", 39 "Subordinate Institution -" and 4 "and subordinate entity" rows (a Python regex count).
    expect(ds.relations).toHaveLength(65)
  })

  it('csl_full_2022-05-06.csv: 14,160 rows', () => {
    const ds = read('us_csl/csl_full_2022-05-06.csv', readCslCsv)
    if (!ds) return
    expect(perList(ds)).toEqual({
      SDN: 10026,
      EL: 2001,
      DTC: 727,
      DPL: 462,
      SSI: 290,
      UVL: 201,
      ISN: 163,
      PLC: 78,
      MEU: 71,
      CMIC: 68,
      CAP: 53,
      'NS-MBS': 17,
      FSE: 3,
    })
    // Three EL rows have typo start dates (0097-06-30 twice, 0017-05-26): kept, date cleared, reported.
    expect(ds.issues.map((i) => i.action)).toEqual(['repaired', 'repaired', 'repaired'])
  })

  it('csl_partial_2023-11-30.csv: 4,227 rows, the last one truncated mid-field', () => {
    const ds = read('us_csl/csl_partial_2023-11-30.csv', readCslCsv)
    if (!ds) return
    // Python's csv module returns the truncated last SDN row as a short row; we skip and report it at the
    // line where the parser gave up (the file's last line, 4233).
    expect(perList(ds)).toEqual({
      SDN: 1737,
      EL: 919,
      DPL: 577,
      SSI: 288,
      UVL: 186,
      ISN: 144,
      DTC: 142,
      PLC: 78,
      MEU: 71,
      CMIC: 68,
      'NS-MBS': 14,
      FSE: 1,
      CAP: 1,
    })
    expect(ds.issues.map((i) => i.where)).toEqual([
      'us_csl/csl_partial_2023-11-30.csv:4233',
      'us_csl/csl_partial_2023-11-30.csv:2',
    ])
  })

  it('bis_entity_list_from_csl_2022-05-06.csv (derived, EL rows only): 2,001 rows', () => {
    const ds = read('us_csl/bis_entity_list_from_csl_2022-05-06.csv', readCslCsv)
    if (!ds) return
    expect(perList(ds)).toEqual({ EL: 2001 })
  })

  it('csl_sample_2025-06-25.csv: 13 rows, about one per list', () => {
    const ds = read('us_csl/csl_sample_2025-06-25.csv', readCslCsv)
    if (!ds) return
    expect(perList(ds)).toEqual({
      SSI: 3,
      PLC: 2,
      ISN: 1,
      UVL: 1,
      MEU: 1,
      SDN: 1,
      DTC: 1,
      DPL: 1,
      FSE: 1,
      EL: 1,
    })
    expect(ds.issues).toEqual([])
  })
})
