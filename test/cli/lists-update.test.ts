import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildMatcher } from '../../src/match/build-matcher.js'
import type { MatcherSnapshot } from '../../src/match/snapshot.js'
import { fileMatcherCache } from '../../src/service/matcher-cache.js'
import { engineFromStore } from '../../src/service/open-engine.js'
import { openStore } from '../../src/store/open-store.js'
import { runCli, tempDb, testFactories } from '../support/cli.js'
import { type ListServer, listServer } from '../support/list-server.js'

const TESTDATA = join(import.meta.dirname, '../../src/changes/testdata')
const v2022 = readFileSync(join(TESTDATA, 'csl_uvl_2022-05-06.csv'))
const v2026 = readFileSync(join(TESTDATA, 'csl_uvl_2026-07-31.json'))
const json = JSON.parse(v2026.toString('utf8')) as { results: Array<{ source: string }> }
const shrunken = JSON.stringify({ ...json, results: json.results.filter((_, i) => i % 2 === 0) })
const corrupted = gzipSync(v2026)
corrupted.fill(0x55, 200, 400)
const un = readFileSync(join(import.meta.dirname, '../../src/sources/un/testdata/un_excerpt_2018-06-21.xml'))

let server: ListServer
let config: string
const dir = mkdtempSync(join(tmpdir(), 'tc-update-'))

beforeAll(async () => {
  server = await listServer()
  config = join(dir, 'config.json')
  writeFileSync(
    config,
    JSON.stringify({
      sources: {
        us_csl: { url: `${server.url}/csl/consolidated.json` },
        un: { url: `${server.url}/un.xml` },
      },
    }),
  )
})
afterAll(() => server.close())

const update = (db: string, ...extra: string[]) =>
  runCli(['lists', 'update', '--source', 'us_csl', '--db', db, '--config', config, ...extra], { db })
const serve = (body: Uint8Array | string, more: { status?: number; cutAt?: number } = {}) =>
  server.set('/csl/consolidated.json', { body, ...more })
const active = async (db: string) => {
  const store = await openStore(db)
  try {
    return (await store.activeVersions()).map((v) => v.id)
  } finally {
    await store.close()
  }
}

describe('tradecontrols lists update against a local server', () => {
  const db = tempDb()

  it('stores the first version, leaves an unchanged one alone, and puts a newer one in force with its diff', async () => {
    serve(v2022)
    const first = await update(db)
    expect(first.code).toBe(0)
    expect(first.out).toMatch(
      /^us_csl: updated to us_csl-2020-12-23-\w+ \(published 2020-12-23, 204 records\) \(first version\)$/m,
    )
    expect(first.err).toMatch(/^us_csl: downloaded 0\.1 MB in [\d.]+ s$/m)
    expect((await update(db)).out).toMatch(/^us_csl: unchanged, us_csl-2020-12-23-\w+ stays in force$/m)
    serve(v2026)
    const second = await update(db)
    expect(second.code).toBe(0)
    expect(second.out).toMatch(
      /^us_csl: updated to us_csl-2026-07-31-\w+ \(published 2026-07-31, 238 records\): 89 added, 55 removed, 1 changed, 13 moved$/m,
    )
  })

  it('caches the matcher of the versions it puts in force, so the next engine restores it', async () => {
    const fresh = tempDb()
    const cacheDir = mkdtempSync(join(tmpdir(), 'tc-cache-'))
    let restored: boolean[] = []
    const factories = {
      matcherVersion: 'real',
      matcherCache: () => fileMatcherCache(cacheDir),
      buildMatcher: (entities: Parameters<typeof buildMatcher>[0], snapshot?: MatcherSnapshot) => {
        const m = buildMatcher(entities, snapshot ? { snapshot } : {})
        restored.push(m.restored)
        return m
      },
    }
    serve(v2022)
    const r = await runCli(['lists', 'update', '--source', 'us_csl', '--db', fresh, '--config', config], {
      db: fresh,
      factories,
    })
    expect(r.code).toBe(0)
    expect(restored).toEqual([false])
    expect(readdirSync(cacheDir)).toHaveLength(1)
    restored = []
    const store = await openStore(fresh)
    const engine = await engineFromStore(store, { ...testFactories, ...factories })
    expect(restored).toEqual([true])
    const listed = engine.entities().next().value!
    expect(engine.screen({ name: listed.name }).matches[0]?.entityId).toBe(listed.id)
    await engine.close()
    // Nothing new in force: nothing built.
    restored = []
    await runCli(['lists', 'update', '--source', 'us_csl', '--db', fresh, '--config', config], {
      db: fresh,
      factories,
    })
    expect(restored).toEqual([])
  })

  it('refuses a shrunken version unless forced, and keeps the version in force', async () => {
    const before = await active(db)
    serve(shrunken)
    const r = await update(db)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(
      /^error: us_csl: the list would shrink from 238 to 119 entries \(50 % > 20 %\); UVL would shrink from 222 to 111 entries \(50 % > 20 %\); use --force to accept it \(the version in force is kept\)$/m,
    )
    expect(await active(db)).toEqual(before)
    expect((await update(db, '--force')).out).toMatch(
      /^us_csl: updated to us_csl-2026-07-31-\w+ .*: 0 added, 119 removed/m,
    )
    serve(v2026)
    expect((await update(db)).out).toMatch(
      /^us_csl: updated to us_csl-2026-07-31-\w+ .*: 119 added, 0 removed/m,
    )
    serve(shrunken)
    expect((await update(db, '--max-drop', '0.6')).code).toBe(0)
    serve(v2026)
    expect((await update(db)).code).toBe(0)
  })

  it('refuses truncated, corrupted and wrong files, and fails on broken transfers and HTTP errors', async () => {
    const before = await active(db)
    const cases: Array<[string, () => void, number, RegExp]> = [
      [
        'a file cut in half',
        () => serve(v2026.subarray(0, v2026.length / 2)),
        2,
        /^error: us_csl: the download is not a readable list: /m,
      ],
      [
        'corrupted gzip',
        () => serve(corrupted),
        2,
        /^error: us_csl: the download is not a readable list: .*corrupt gzip data/m,
      ],
      [
        'another list',
        () => serve(un),
        2,
        /^error: us_csl: the file is a un list, not us_csl \(the version in force is kept\)$/m,
      ],
      [
        'a transfer that breaks off',
        () => serve(v2026, { cutAt: 5000 }),
        1,
        /^error: http:\/\/127\.0\.0\.1:\d+\/csl\/consolidated\.json: (transfer broke off|truncated)/m,
      ],
      [
        'HTTP 503',
        () => serve('busy', { status: 503 }),
        1,
        /^error: http:\/\/127\.0\.0\.1:\d+\/csl\/consolidated\.json: HTTP 503 Service Unavailable$/m,
      ],
    ]
    for (const [what, setUp, code, message] of cases) {
      setUp()
      const r = await update(db)
      expect({ what, code: r.code, err: r.err }).toMatchObject({
        what,
        code,
        err: expect.stringMatching(message),
      })
      expect(await active(db)).toEqual(before)
    }
  })

  it('names an unknown source and a bad --max-drop', async () => {
    expect(
      (
        await runCli(['lists', 'update', '--source', 'nope', '--db', db, '--config', config], { db })
      ).err.trim(),
    ).toMatch(/^error: --source: unknown source "nope" \(configured: us_csl, ofac_sdn, un, uk_ofsi, eu\)$/)
    expect((await update(db, '--max-drop', 'lots')).err.trim()).toBe(
      'error: --max-drop: must be a share from 0 to 1, not "lots"',
    )
  })

  it('publishes the recorded changes as a JSON Feed, per list', async () => {
    const all = JSON.parse((await runCli(['lists', 'feed', '--db', db], { db })).out)
    expect(all.version).toBe('https://jsonfeed.org/version/1.1')
    expect(all.items).toHaveLength(3) // 2022 -> 2026, 2026 -> shrunken, shrunken -> 2026: each pair once
    const first = all.items.find((i: { _tradecontrols: { fromVersionId: string } }) =>
      i._tradecontrols.fromVersionId.startsWith('us_csl-2020'),
    )
    expect(first.title).toMatch(/^us_csl 2026-07-31: 89 added, 55 removed, 1 changed, 13 moved$/)
    const uvl = JSON.parse(
      (
        await runCli(
          ['lists', 'feed', '--list', 'uvl', '--base-url', 'https://example.org/feeds', '--db', db],
          { db },
        )
      ).out,
    )
    expect(uvl.feed_url).toBe('https://example.org/feeds/changes-UVL.json')
    const item = uvl.items.find((i: { _tradecontrols: { fromVersionId: string } }) =>
      i._tradecontrols.fromVersionId.startsWith('us_csl-2020'),
    )
    expect(item.id).toMatch(/^chg_\w+:UVL$/)
    expect(item._tradecontrols.moved).toContainEqual(
      expect.objectContaining({
        from: 'UVL',
        to: 'EL',
        kind: 'escalation',
        name: 'Shanghai Micro Electronics Equipment (Group) Co., Ltd.',
      }),
    )
    expect(item.content_text).toContain(
      'moved UVL -> EL (escalation): Shanghai Micro Electronics Equipment (Group) Co., Ltd. [CN]',
    )
    expect(item.tags).toEqual(['EL', 'UVL', 'escalation'])
    const out = join(dir, 'feeds')
    const files = await runCli(['lists', 'feed', '--dir', out, '--db', db], { db })
    expect(files.code).toBe(0)
    expect(readdirSync(out).sort()).toEqual([
      'changes-EL.json',
      'changes-MEU.json',
      'changes-UVL.json',
      'changes.json',
    ])
  })
})

describe('allow rules across a list update', () => {
  const db = tempDb()

  it('follows each rule to its entry in the new version: dropped or changed entries lapse and reopen', async () => {
    serve(v2022)
    expect((await update(db)).code).toBe(0)
    server.set('/un.xml', { body: un })
    expect(
      (await runCli(['lists', 'update', '--source', 'un', '--db', db, '--config', config], { db })).code,
    ).toBe(0)
    const allow = async (name: string) => {
      await runCli(['screen', name], { db })
      const alerts = JSON.parse((await runCli(['alerts', 'list', '--json'], { db })).out)
      const alert = alerts.find(
        (a: { entityName: string }) => a.entityName.toLowerCase() === name.toLowerCase(),
      )
      const decided = await runCli(
        ['alerts', 'decide', alert.id, '--decision', 'false-positive', '--reason', 'our own', '--allow'],
        { db },
      )
      expect(decided.code).toBe(0)
      return alert.id as string
    }
    const dropped = await allow('Aero King FZC')
    const changed = await allow('Aelcomp OY')
    await allow('Rasheed Bank')
    serve(v2026)
    const r = await update(db)
    const ended = r.out.split('\n').filter((l) => l.includes('allow rule'))
    expect(ended).toHaveLength(2)
    expect(ended[0]).toMatch(
      new RegExp(
        `^us_csl: allow rule alw_\\w+ ended: the listed entry is no longer on its list \\(removed, or moved to another list\\); alert ${dropped} reopened$`,
      ),
    )
    // The new file spells Aelcomp's id differently; the diff pairs the two, so the rule sees what changed.
    expect(ended[1]).toMatch(
      new RegExp(
        `ended: the listed entry changed: new address FI; address removed: Kurkisuontie 2B.*; alert ${changed} reopened$`,
      ),
    )
    expect(r.code).toBe(3)
    const rules = JSON.parse((await runCli(['allow', 'list', '--json', '--status', 'lapsed'], { db })).out)
    expect(rules).toHaveLength(2)
    const kept = JSON.parse((await runCli(['allow', 'list', '--json'], { db })).out)
    expect(kept.map((x: { entityId: string }) => x.entityId)).toEqual([expect.stringMatching(/^UN:/)])
    const open = JSON.parse((await runCli(['alerts', 'list', '--json'], { db })).out)
    expect(open.map((a: { id: string }) => a.id).sort()).toEqual([dropped, changed].sort())
  })
})
