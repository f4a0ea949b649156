import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { sha256Hex } from '../../model/ids.js'
import { readDataset, readDatasetFromBytes, readDatasetFromFiles } from './read-dataset.js'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const plain = here('../csl/testdata/csl_excerpt_2026-07-31.json')

async function rejection(p: Promise<unknown>): Promise<TcError> {
  try {
    await p
  } catch (e) {
    if (e instanceof TcError) return e
    throw e
  }
  throw new Error('expected a TcError')
}

describe('readDataset', () => {
  it('reads gzip transparently and hashes the decompressed content', async () => {
    const gz = await readDataset(here('./testdata/csl_excerpt_2026-07-31.json.gz'), {
      retrieved: '2026-08-01T00:00:00Z',
    })
    const json = await readDataset(plain)
    expect(gz.format).toBe('csl-json')
    expect(gz.source).toBe('us_csl')
    expect(gz.published).toBe('2026-07-31')
    expect(gz.retrieved).toBe('2026-08-01T00:00:00Z')
    expect(gz.contentHash).toBe(sha256Hex(readFileSync(plain)))
    expect(gz.contentHash).toBe(json.contentHash)
    expect(gz.entities.length).toBe(json.entities.length)
    expect(gz.origin).toEqual([here('./testdata/csl_excerpt_2026-07-31.json.gz')])
  })

  it('reads from bytes with no path, detecting from content not the name', async () => {
    const ds = await readDatasetFromBytes(readFileSync(plain), 'download.bin')
    expect(ds.format).toBe('csl-json')
  })

  it('fails in one line naming the file for unknown, missing and binary input', async () => {
    const unknown = await rejection(readDataset(here('./testdata/crafted_not_a_list.csv')))
    expect(unknown.code).toBe('TC_UNKNOWN_FORMAT')
    expect(unknown.oneLine()).toMatch(/crafted_not_a_list\.csv: not a list format/)
    const missing = await rejection(readDataset('/nonexistent/list.json'))
    expect(missing.code).toBe('TC_BAD_FILE')
    expect(missing.oneLine()).toBe('/nonexistent/list.json: cannot read: no such file')
    const binary = await rejection(
      readDatasetFromBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), 'a.zip'),
    )
    expect(binary.oneLine()).toMatch(/^a\.zip: binary content/)
    const badGzip = await rejection(readDatasetFromBytes(new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2]), 'x.gz'))
    expect(badGzip.oneLine()).toMatch(/^x\.gz: corrupt gzip/)
  })

  it('refuses a folder that holds no OFAC CSV set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'))
    writeFileSync(join(dir, 'readme.txt'), 'hello')
    const e = await rejection(readDataset(dir))
    expect(e.code).toBe('TC_UNKNOWN_FORMAT')
    expect(e.oneLine()).toContain('no OFAC sdn.csv')
  })

  it('reads an OFAC CSV set handed over as downloaded files, whatever they are called', async () => {
    const ofac = (name: string) => ({
      name: `download-${name}`,
      bytes: readFileSync(here(`../ofac/testdata/sdn_2023-12-28/${name}`)),
    })
    const ds = await readDatasetFromFiles([ofac('alt.csv'), ofac('sdn.csv'), ofac('add.csv')])
    expect(ds.format).toBe('ofac-csv')
    expect(ds.origin).toEqual(['download-sdn.csv', 'download-alt.csv', 'download-add.csv'])
    expect(ds.entities.find((e) => e.id === 'SDN:36')?.addresses).toEqual([
      { country: 'CU', full: 'Havana, Cuba' },
    ])
  })
})
