import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import { tempDb } from '../../../test/support/cli.js'
import { fixtureEngine } from '../../ear/testdata/fixture-engine.js'
import { FIXTURE_ENTITIES } from '../../ear/testdata/fixture-entities.js'
import { testTables } from '../../ear/testdata/load-tables.js'
import { isTcError } from '../../errors.js'
import { openStore } from '../../store/open-store.js'
import type { CliDeps, CliState, EngineHandle } from '../io.js'
import { registerDetermine } from './determine.js'

/** Runs `determine` as main.ts will once it registers the command; TcErrors map to their exit code. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string; opened: number }> {
  let out = ''
  let opened = 0
  const deps = {
    io: {
      out: (s: string) => {
        out += s
      },
      err: () => undefined,
      interactive: false,
    },
    now: () => new Date('2026-11-29T12:00:00Z'),
    actor: 'test',
    // Determinations without parties are recorded in the default store: a fresh one per run here.
    openStore: () => openStore(tempDb()),
    openEngine: async (): Promise<EngineHandle> => {
      opened++
      return { ...fixtureEngine(FIXTURE_ENTITIES), close: async () => undefined, store: undefined }
    },
  } as unknown as CliDeps
  const state: CliState = { exitCode: 0 }
  const program = new Command('tradecontrols').exitOverride()
  registerDetermine(program, deps, state, { loadTables: async () => testTables() })
  try {
    await program.parseAsync(['determine', ...argv], { from: 'user' })
    return { code: state.exitCode, out, err: '', opened }
  } catch (e) {
    if (isTcError(e)) return { code: e.exitCode, out, err: e.oneLine(), opened }
    throw e
  }
}

const determineCli = (eccn: string, to: string, ...rest: string[]) =>
  run(['--eccn', eccn, '--to', to, ...rest])

describe('tradecontrols determine', () => {
  it('EAR99 to a Shanghai distributor: NLR, exit 0, human-readable', async () => {
    const r = await determineCli('EAR99', 'CN', '--party', 'Shanghai Meili Cosmetics Trading Co., Ltd.@CN')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^NLR — no licence required/)
    expect(r.out).toMatch(/Data: eCFR 2026-07-23; lists: fixture 2026-07-31/)
  })

  it('EAR99 to Huawei: LICENSE_REQUIRED, exit 3, JSON per DESIGN.md', async () => {
    const r = await determineCli('EAR99', 'CN', '--party', 'Huawei Technologies Co., Ltd.@CN', '--json')
    expect(r.code).toBe(3)
    const d = JSON.parse(r.out)
    expect(d.decision).toBe('LICENSE_REQUIRED')
    expect(d.reasons).toContainEqual(expect.objectContaining({ code: 'PARTY_EL', citation: '15 CFR 744.11' }))
    expect(d.licenseExceptions).toEqual([])
    expect(d.parties[0].matches[0]).toMatchObject({ list: 'EL', status: 'applied' })
  })

  it('does not open the lists when there is no party to screen', async () => {
    const r = await determineCli('5A992.c', 'Cuba', '--json')
    expect(r.opened).toBe(0)
    expect(r.code).toBe(3)
    expect(JSON.parse(r.out).reasons).toContainEqual(
      expect.objectContaining({ citation: '15 CFR 746.2; 31 CFR part 515' }),
    )
  })

  it('takes region, answers, dated-rule switches, owners and as-of dates', async () => {
    const crimea = await determineCli(
      'EAR99',
      'UA',
      '--region',
      'crimea',
      '--answer',
      'food-medicine=no',
      '--json',
    )
    expect(JSON.parse(crimea.out).decision).toBe('LICENSE_REQUIRED')
    const owned = ['--eccn', 'EAR99', '--to', 'CN', '--party', 'Shenzhen Xinchuang Components Ltd.@CN']
    owned.push('--owner', 'Shenzhen Xinchuang Components Ltd.=Huawei Technologies Co., Ltd.@CN:60', '--json')
    expect(JSON.parse((await run([...owned, '--as-of', '2026-01-15'])).out).decision).toBe('NLR')
    const applied = JSON.parse((await run([...owned, '--as-of', '2025-10-15'])).out)
    expect(applied.decision).toBe('LICENSE_REQUIRED')
    expect(applied.datedRules[0]).toMatchObject({ id: 'affiliates-rule', applied: true })
    const ai = JSON.parse((await determineCli('3A090.a', 'DE', '--rule', 'ai-diffusion=on', '--json')).out)
    expect(ai.decision).toBe('LICENSE_REQUIRED')
  })

  it('INCOMPLETE lists the questions and exits 3', async () => {
    const r = await determineCli('EAR99', 'UA')
    expect(r.code).toBe(3)
    expect(r.out).toMatch(/^INCOMPLETE/)
    expect(r.out).toMatch(/region: Is the destination in the Crimea region/)
  })

  it('bad input exits 2 with a one-line message naming the field', async () => {
    expect(await determineCli('9Z999', 'CN')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^eccn: /),
    })
    expect(await determineCli('3A997', 'CN')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/3A997 is not on the Commerce Control List/),
    })
    expect(await determineCli('EAR99', 'Atlantis')).toMatchObject({
      code: 2,
      err: 'to: unknown country "Atlantis"',
    })
    expect(await determineCli('EAR99', 'CN', '--end-use', 'piracy')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^endUse: unknown end-use code "piracy"/),
    })
    expect(await determineCli('EAR99', 'CN', '--answer', 'region')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^--answer: /),
    })
    expect(await determineCli('EAR99', 'CN', '--owner', 'X=Y')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/not one of the --party names/),
    })
    expect(await determineCli('EAR99', 'CN', '--as-of', '2026-13-45')).toMatchObject({ code: 2 })
  })
})
