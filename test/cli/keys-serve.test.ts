import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runCli } from '../support/cli.js'
import { dataset, entity } from '../support/fixtures.js'

const dir = mkdtempSync(join(tmpdir(), 'tc-serve-'))
const db = `sqlite:${join(dir, 'tc.db')}`
const store = () => openStore(db)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('tradecontrols keys', () => {
  let id = ''

  it('creates a key, prints its text once and stores only the hash', async () => {
    const run = await runCli(['keys', 'create', '--role', 'reviewer', '--name', 'ana', '--json'], { store })
    expect(run.code).toBe(0)
    const { key, secret } = JSON.parse(run.out)
    expect(key).toMatchObject({ role: 'reviewer', name: 'ana', createdBy: expect.stringMatching(/^cli/) })
    expect(secret).toMatch(/^tc_k[0-9a-f]{10}_/)
    id = key.id
    const plain = await runCli(['keys', 'create', '--role', 'screener', '--name', 'ERP nightly'], { store })
    expect(plain.out.trim()).toMatch(/^tc_k[0-9a-f]{10}_[\w-]{43}$/)
    expect(plain.err).toMatch(/not shown again/)
  })

  it('lists keys without secrets, revokes by id, and refuses bad roles', async () => {
    const list = await runCli(['keys', 'list'], { store })
    expect(list.out).toMatch(/reviewer\s+\d{4}-\d{2}-\d{2}\s+tc_k[0-9a-f]{10}\s+ana/)
    expect(list.out).not.toMatch(/tc_k[0-9a-f]{10}_/)
    expect((await runCli(['keys', 'revoke', id], { store })).code).toBe(0)
    expect((await runCli(['keys', 'list'], { store })).out).not.toContain(id)
    expect((await runCli(['keys', 'list', '--all'], { store })).out).toMatch(/revoked/)
    const again = await runCli(['keys', 'revoke', id], { store })
    expect(again.code).toBe(2)
    expect(again.err).toMatch(/already revoked/)
    const bad = await runCli(['keys', 'create', '--role', 'root', '--name', 'x'], { store })
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--role: must be screener, reviewer, admin/)
  })
})

describe('tradecontrols serve', () => {
  it('listens, becomes ready, answers with a key, and shuts down gracefully on a signal', async () => {
    const key = JSON.parse(
      (await runCli(['keys', 'create', '--role', 'screener', '--name', 's', '--json'], { store })).out,
    ).secret as string
    const s = await store()
    await s.importDataset(
      dataset('us_csl', '2026-07-31', [entity({ id: 'EL:h1', list: 'EL', name: 'Huawei Technologies' })]),
    )
    await s.close()
    let stop: (signal: string) => void = () => undefined
    const shutdown = new Promise<string>((resolve) => {
      stop = resolve
    })
    let url = ''
    let running: ReturnType<typeof runCli> | undefined
    const ready = new Promise<void>((resolve) => {
      const onErr = (text: string) => {
        url ||= /API on (http:\/\/\S+)/.exec(text)?.[1] ?? ''
        if (/^ready:/m.test(text)) resolve()
      }
      running = runCli(['serve', '--port', '0', '--no-request-log'], {
        store,
        shutdown,
        onErr,
      })
    })
    await ready
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect((await fetch(`${url}/health`)).status).toBe(200)
    expect(await (await fetch(`${url}/ready`)).json()).toMatchObject({ ready: true })
    const res = await fetch(`${url}/v1/screen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Huawei Technologies' }),
    })
    expect(((await res.json()) as { matches: Array<{ entityId: string }> }).matches[0]?.entityId).toBe(
      'EL:h1',
    )
    stop('SIGTERM')
    const run = await running!
    expect(run.code).toBe(0)
    expect(run.err).toMatch(/shutting down/)
    await expect(fetch(`${url}/health`)).rejects.toThrow()
  })

  it('refuses a bad port', async () => {
    const run = await runCli(['serve', '--port', 'http'], { store })
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/--port/)
  })
})
