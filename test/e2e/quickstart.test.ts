import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tradecontrols.js')

/** The README's quick start, through the real binary (compiled by `npm test` before vitest runs). */
async function cli(args: string[], home: string, env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, TRADECONTROLS_CACHE_DIR: '', TRADECONTROLS_HOME: home, ...env },
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

describe('quick start on the bundled data, offline', () => {
  const home = mkdtempSync(join(tmpdir(), 'tc-home-'))
  beforeAll(async () => {
    // The first command imports the bundled snapshots into a fresh embedded store.
    await cli(['lists', 'status'], home)
  })

  it('screen "Huawei Technologies Co Ltd" --json finds the Entity List entry with its licence facts', async () => {
    const r = await cli(['screen', 'Huawei Technologies Co Ltd', '--json'], home)
    expect(r.code).toBe(3)
    const json = JSON.parse(r.stdout)
    const el = json.matches.find(
      (m: { source: string; name: string }) =>
        m.source === 'EL' && m.name === 'Huawei Technologies Co., Ltd.',
    )
    expect(el).toBeDefined()
    expect(el.licenseRequirement).toMatch(/744\.11/)
    expect(el.licensePolicy).toBe('Presumption of denial')
    expect(el.federalRegister).toContain('84 FR 22963')
    expect(json.data).toEqual([
      expect.objectContaining({ source: 'un', published: '2026-02-27' }),
      expect.objectContaining({ source: 'us_csl', published: '2026-07-31' }),
    ])
    expect(json.recordId).toMatch(/^rec_/)
  })

  it('lists status shows the bundled lists with dates and ages', async () => {
    const r = await cli(['lists', 'status', '--json'], home)
    const json = JSON.parse(r.stdout)
    const csl = json.lists.find((l: { source: string }) => l.source === 'us_csl')
    expect(csl).toMatchObject({ published: '2026-07-31', stale: true })
    expect(csl.lists.EL).toBeGreaterThanOrEqual(3420)
    expect(csl.lists.SDN).toBe(19181)
    expect(r.code).toBe(3)
  })

  it('--dataset on the UN XML returns UN matches with their DATAID as sourceId', async () => {
    const xml = join(home, 'un.xml')
    writeFileSync(
      xml,
      gunzipSync(
        readFileSync(
          join(import.meta.dirname, '..', '..', 'data', 'lists', 'un_consolidated_2026-02-27.xml.gz'),
        ),
      ),
    )
    const r = await cli(['screen', 'Eric Badege', '--dataset', xml, '--json'], home)
    const json = JSON.parse(r.stdout)
    expect(json.matches[0]).toMatchObject({ source: 'UN', sourceId: '6907993', name: 'ERIC BADEGE' })
    expect(json.data).toEqual([expect.objectContaining({ source: 'un', published: '2026-02-27' })])
    expect(json.recordId).toBeUndefined()
    expect(r.code).toBe(3)
  })

  it('a later screen restores the index from the cache beside the store and answers as a built one', async () => {
    const answer = async (env: NodeJS.ProcessEnv = {}) => {
      const r = await cli(['screen', 'Huawei Technologies', '--json'], home, env)
      expect(r.code).toBe(3)
      const { matches, data } = JSON.parse(r.stdout)
      return { matches, data }
    }
    const first = await answer()
    const cache = join(home, 'tradecontrols.db.cache')
    const entries = readdirSync(cache)
    expect(entries).toEqual([expect.stringMatching(/^matcher-[0-9a-f]{32}\.snapshot$/)])
    const file = join(cache, entries[0]!)
    // A read marks the entry as used; a rebuild would replace the file (a new inode).
    utimesSync(file, new Date(0), new Date(0))
    const before = statSync(file)
    const restored = await answer()
    const after = statSync(file)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBeGreaterThan(before.mtimeMs)
    expect(restored).toEqual(first)
    expect(await answer({ TRADECONTROLS_CACHE_DIR: 'off' })).toEqual(restored)
    expect(statSync(file).ino).toBe(before.ino)
  }, 90_000)

  it('a clear name exits 0', async () => {
    const r = await cli(['screen', 'Procter & Gamble'], home)
    expect(r.stdout).toContain('Clear.')
    expect(r.code).toBe(0)
  })
})
