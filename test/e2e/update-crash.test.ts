import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDataset } from '../../src/sources/detect/read-dataset.js'
import { openStore } from '../../src/store/open-store.js'
import { type ListServer, listServer } from '../support/list-server.js'
import { createTempDatabase } from '../support/postgres.js'

const run = promisify(execFile)
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'tradecontrols.js')
const TESTDATA = join(import.meta.dirname, '../../src/changes/testdata')

/** A CSL JSON of 30,000 results (the 2026 excerpt repeated under numbered names): big enough to kill mid-import. */
function bigCsl(): string {
  const json = JSON.parse(readFileSync(join(TESTDATA, 'csl_uvl_2026-07-31.json'), 'utf8')) as {
    results: Array<{ name: string }>
  }
  const results: unknown[] = []
  for (let k = 0; results.length < 30_000; k++)
    for (const r of json.results) results.push({ ...r, name: `${r.name} ${k}` })
  return JSON.stringify({ ...json, results })
}

const ENGINES: Array<[string, () => Promise<{ url: string; drop: () => Promise<void> }>]> = [
  [
    'sqlite',
    async () => ({
      url: `sqlite:${join(mkdtempSync(join(tmpdir(), 'tc-crash-')), 'store.db')}`,
      drop: async () => undefined,
    }),
  ],
  ['postgres', createTempDatabase],
]

describe.each(ENGINES)('lists update killed with SIGKILL mid-import (%s)', (_kind, create) => {
  let server: ListServer
  let db: { url: string; drop: () => Promise<void> }
  const home = mkdtempSync(join(tmpdir(), 'tc-crash-home-'))
  const config = join(home, 'config.json')
  const env = { ...process.env, TRADECONTROLS_HOME: home }
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run('node', [BIN, ...args, '--db', db.url], {
        env,
        maxBuffer: 1 << 26,
      })
      return { code: 0, stdout, stderr }
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string }
      return { code: err.code, stdout: err.stdout, stderr: err.stderr }
    }
  }
  const inForce = async () => {
    const store = await openStore(db.url)
    try {
      return {
        active: (await store.activeVersions()).find((v) => v.source === 'us_csl'),
        all: await store.listVersions('us_csl'),
      }
    } finally {
      await store.close()
    }
  }

  beforeAll(async () => {
    db = await create()
    const store = await openStore(db.url)
    await store.importDataset(await readDataset(join(TESTDATA, 'csl_uvl_2022-05-06.csv')))
    await store.close()
    server = await listServer({
      '/consolidated.json': { body: readFileSync(join(TESTDATA, 'csl_uvl_2022-05-06.csv')) },
    })
    writeFileSync(config, JSON.stringify({ sources: { us_csl: { url: `${server.url}/consolidated.json` } } }))
  })
  afterAll(async () => {
    await server?.close()
    await db?.drop()
  })

  it('leaves the previous version in force and served, and a rerun succeeds', async () => {
    const before = (await inForce()).active!
    expect(before).toMatchObject({ published: '2020-12-23', recordCount: 204 })

    server.set('/consolidated.json', { body: bigCsl() })
    const child: ChildProcess = spawn(
      'node',
      [BIN, 'lists', 'update', '--source', 'us_csl', '--config', config, '--db', db.url],
      { env },
    )
    let stderr = ''
    const killed = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    )
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      // The import transaction starts right after this line; give it a moment to write, then kill.
      if (/us_csl: read 30,?\d+ entries .*; storing/.test(stderr))
        setTimeout(() => child.kill('SIGKILL'), 200)
    })
    expect(await killed).toBe('SIGKILL')
    expect(stderr).toMatch(/storing/)
    expect(stderr).not.toMatch(/in force: /)

    const after = await inForce()
    expect(after.active).toEqual(before)
    expect(after.all.map((v) => v.id)).toEqual([before.id])
    const screen = await cli('screen', 'Anhui Institute of Metrology', '--json', '--no-record')
    expect(screen.code).toBe(3)
    expect(JSON.parse(screen.stdout).matches[0]).toMatchObject({
      source: 'UVL',
      name: 'Anhui Institute of Metrology',
    })

    const rerun = await cli('lists', 'update', '--source', 'us_csl', '--config', config)
    expect(rerun.stderr).toMatch(/in force: us_csl-2026-07-31-/)
    expect(rerun.code).toBe(0)
    expect((await inForce()).active).toMatchObject({ published: '2026-07-31', recordCount: 30_226 })
  })
})
