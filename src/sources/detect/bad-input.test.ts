import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { DPL_COLUMNS } from '../dpl/read-dpl.js'
import { readDataset } from './read-dataset.js'

const crafted = (name: string) => fileURLToPath(new URL(`./testdata/${name}`, import.meta.url))

async function failure(path: string): Promise<TcError> {
  try {
    await readDataset(path)
  } catch (e) {
    if (e instanceof TcError) return e
    throw e
  }
  throw new Error(`${path} was read`)
}

describe('readDataset on bad input (crafted files)', () => {
  it('refuses UTF-16, binary and empty files in one line naming the file', async () => {
    const utf16 = await failure(crafted('bad_utf16_csl.csv'))
    expect([utf16.code, utf16.oneLine()]).toEqual([
      'TC_BAD_FILE',
      `${crafted('bad_utf16_csl.csv')}: UTF-16 text is not supported; save the file as UTF-8`,
    ])
    expect((await failure(crafted('bad_binary.bin'))).oneLine()).toMatch(/bad_binary\.bin: binary content/)
    const empty = await failure(crafted('bad_empty.json'))
    expect(empty.code).toBe('TC_UNKNOWN_FORMAT')
    expect(empty.exitCode).toBe(2)
  })

  it('refuses a truncated XML file with its line instead of importing half a list', async () => {
    const e = await failure(crafted('bad_truncated_un.xml'))
    expect(e.code).toBe('TC_BAD_FILE')
    expect(e.field).toMatch(/bad_truncated_un\.xml:\d+$/)
    expect(e.oneLine()).toContain('XML is not well-formed')
  })

  it('reads a Windows-1252 CSL CSV, reporting the undecodable bytes', async () => {
    const ds = await readDataset(crafted('bad_windows1252_csl.csv'))
    expect(ds.entities).toHaveLength(1)
    expect(ds.entities[0]?.name).toBe('Soci\ufffdt\ufffd Example')
    expect(ds.issues).toEqual([
      {
        where: `${crafted('bad_windows1252_csl.csv')}:2`,
        message: 'not valid UTF-8 (first bad byte here); undecodable bytes replaced with U+FFFD',
        action: 'repaired',
      },
    ])
  })

  it('reports an absurdly long name and keeps the other rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-bad-'))
    const path = join(dir, 'dpl.txt')
    const header = DPL_COLUMNS
    const row = (name: string) =>
      [name, '', '', '', 'US', '', '01/02/2020', '', 'Y', '2020-01-03', '', '']
        .map((f) => `"${f}"`)
        .join('\t')
    writeFileSync(
      path,
      [header.map((h) => `"${h}"`).join('\t'), row('X'.repeat(100_000)), row('JANE DOE')].join('\n'),
    )
    const ds = await readDataset(path)
    expect(ds.entities.map((e) => e.name)).toEqual(['JANE DOE'])
    expect(ds.issues).toEqual([
      { where: `${path}:2:Name`, message: 'name of 100000 characters', action: 'skipped' },
    ])
  })
})
