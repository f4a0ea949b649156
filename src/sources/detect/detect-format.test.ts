import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sharedListsDir } from '../common/shared-data.js'
import { detectFormat } from './detect-format.js'
import { readDataset } from './read-dataset.js'
import { sniffText } from './sniff-text.js'

// What each shared file is; files of no list format (provenance, negatives) must not be detected as one.
const EXPECTED: Record<string, string> = {
  'PROVENANCE.md': 'none',
  'bis_dpl/dpl_2019-06-29.txt': 'dpl-tsv',
  'bis_dpl/dpl_2022-09-07.txt': 'dpl-tsv',
  'bis_dpl/dpl_2023-11-30.txt': 'dpl-tsv',
  'ftm/yente_t1.entities.ftm.json': 'ftm-json',
  'ftm/yente_zala.entities.ftm.json': 'ftm-json',
  'negatives/sp500_constituents_2026-08-08.csv': 'none',
  'negatives/synthetic_persons_us_50k.csv': 'none',
  'ofac_non_sdn/2025-12-19/cons_add.csv': 'part:add',
  'ofac_non_sdn/2025-12-19/cons_alt.csv': 'part:alt',
  'ofac_non_sdn/2025-12-19/cons_comments.csv': 'part:comments',
  'ofac_non_sdn/2025-12-19/cons_prim.csv': 'ofac-csv',
  'ofac_non_sdn/CONS_ENHANCED_2025-01-10.xml': 'ofac-enhanced-xml',
  'ofac_sdn/2023-12-28/add.csv': 'part:add',
  'ofac_sdn/2023-12-28/alt.csv': 'part:alt',
  'ofac_sdn/2023-12-28/sdn.csv': 'ofac-csv',
  'ofac_sdn/2023-12-28/sdn_comments.csv': 'part:comments',
  'ofac_sdn/sdn_xml_sample_2019-03-11.xml': 'ofac-xml',
  'ofac_sdn/versions/sdn_2024-02-27.csv': 'ofac-csv',
  'ofac_sdn/versions/sdn_2024-02-28.csv': 'ofac-csv',
  'ofac_sdn/versions/sdn_2024-05-02.csv': 'ofac-csv',
  'ofac_sdn/versions/sdn_2024-05-03.csv': 'ofac-csv',
  'uk_ofsi/ConList_sample_2020-03.csv': 'uk-ofsi-csv',
  'un/un_consolidated_2018-06-21.xml': 'un-xml',
  'un/un_consolidated_2018-08-24.xml': 'un-xml',
  'un/un_consolidated_2026-02-27.xml': 'un-xml',
  'us_csl/bis_entity_list_from_csl_2022-05-06.csv': 'csl-csv',
  'us_csl/consolidated_2026-07-31.json': 'csl-json',
  'us_csl/csl_full_2022-05-06.csv': 'csl-csv',
  'us_csl/csl_partial_2023-11-30.csv': 'csl-csv',
  'us_csl/csl_sample_2025-06-25.csv': 'csl-csv',
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

function describeDetection(path: string): string {
  const d = detectFormat(sniffText(readFileSync(path), path))
  if (!d) return 'none'
  return 'format' in d ? d.format : `part:${d.ofacPart}`
}

describe('detectFormat on every shared list file', () => {
  const dir = sharedListsDir()
  it.skipIf(!dir)('detects each file from its content', () => {
    const seen: Record<string, string> = {}
    for (const path of walk(dir!)) seen[relative(dir!, path)] = describeDetection(path)
    // Every file present is checked; a new file without an expectation fails here until it is added.
    for (const [file, format] of Object.entries(seen))
      expect({ file, format }).toEqual({ file, format: EXPECTED[file] })
  })
})

describe('detectFormat on crafted content', () => {
  it('ignores the file name and the XML prolog', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<!-- x -->\n<CONSOLIDATED_LIST dateGenerated="x">')).toEqual({
      format: 'un-xml',
    })
    expect(detectFormat('{"id":"Q1","schema":"Person","properties":{"name":["A"]}}\n')).toEqual({
      format: 'ftm-json',
    })
    expect(detectFormat('"_id","source","entity_number","type","programs","name"\n')).toEqual({
      format: 'csl-csv',
    })
    expect(detectFormat('<html><body>Not Found</body></html>')).toBeUndefined()
    expect(detectFormat('')).toBeUndefined()
  })

  it('refuses UTF-16 and binary content with the file named', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x5f, 0, 0x69, 0])
    expect(() => sniffText(utf16, 'list.csv')).toThrow(/UTF-16/)
    const noBom = Buffer.from('_id,source', 'utf16le')
    expect(() => sniffText(noBom, 'list.csv')).toThrow(/UTF-16/)
    const binary = new Uint8Array(256).map((_, i) => (i * 7) % 256)
    expect(() => sniffText(binary, 'x.bin')).toThrow(/binary/)
  })

  it('strips a UTF-8 byte order mark', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<sdnList>')])
    expect(detectFormat(sniffText(bom, 'sdn.xml'))).toEqual({ format: 'ofac-xml' })
  })
})

describe('readDataset on the shared files that are not lists', () => {
  const dir = sharedListsDir()
  it
    .skipIf(!dir)
    .each([
      'PROVENANCE.md',
      'negatives/sp500_constituents_2026-08-08.csv',
      'negatives/synthetic_persons_us_50k.csv',
    ])('%s is refused as an unknown format', async (file) => {
    await expect(readDataset(join(dir!, file))).rejects.toMatchObject({ code: 'TC_UNKNOWN_FORMAT' })
  })

  it.skipIf(!dir)('an OFAC alt.csv alone is refused with a hint to pass the folder', async () => {
    await expect(readDataset(join(dir!, 'ofac_sdn/2023-12-28/alt.csv'))).rejects.toThrow(/pass the folder/)
  })
})
