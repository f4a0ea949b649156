/**
 * Speed of this matcher against another version's, in one process, interleaved, so that a shared and noisy
 * machine loads both alike: `git archive <commit> src | tar -x -C /tmp/old && ln -s $PWD/node_modules
 * /tmp/old/node_modules && npx tsx bench/matcher-versions.ts --old /tmp/old [--rounds 4]`. Builds each index three
 * times (alternating) and searches the dev queries in chunks of 100, alternating which goes first; reports wall
 * and CPU time per query and the ratios new/old. Writes bench/results/matcher-versions.md.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { EvalCase } from '../eval/eval-case.js'
import { loadBundledEntities, REPO, SHARED } from '../eval/load-entities.js'
import { buildMatcher } from '../src/match/build-matcher.js'
import { MATCHER_VERSION } from '../src/match/defaults.js'
import type { Matcher } from '../src/match/types.js'
import type { Entity } from '../src/model/entity.js'

const { values } = parseArgs({ options: { old: { type: 'string' }, rounds: { type: 'string' } } })
if (!values.old) throw new Error('--old <dir holding the other version’s src/> is required')
const rounds = Number(values.rounds ?? 4)
const oldSrc = resolve(values.old, 'src')
const old = (await import(join(oldSrc, 'match', 'build-matcher.ts'))) as {
  buildMatcher: (entities: readonly Entity[]) => Matcher
}
const oldVersion = ((await import(join(oldSrc, 'match', 'defaults.ts'))) as { MATCHER_VERSION: string })
  .MATCHER_VERSION

const queries = readFileSync(join(SHARED, 'eval', 'dev_queries.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => (JSON.parse(l) as EvalCase).query)
const { entities } = await loadBundledEntities()

interface Timing {
  wall: number
  cpu: number
}
const timed = <T>(f: () => T, into: Timing): T => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const r = f()
  into.wall += performance.now() - t0
  const c = process.cpuUsage(c0)
  into.cpu += (c.user + c.system) / 1000
  return r
}

const builders = { old: old.buildMatcher, new: buildMatcher }
const build = { old: { wall: 0, cpu: 0 }, new: { wall: 0, cpu: 0 } }
const matchers = {} as Record<'old' | 'new', Matcher>
for (let i = 0; i < 3; i++)
  for (const k of i % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const))
    matchers[k] = timed(() => builders[k](entities), build[k])

for (const k of ['old', 'new'] as const) for (const q of queries) matchers[k].search(q)
const search = { old: { wall: 0, cpu: 0 }, new: { wall: 0, cpu: 0 } }
const CHUNK = 100
let turn = 0
for (let r = 0; r < rounds; r++)
  for (let i = 0; i < queries.length; i += CHUNK) {
    const chunk = queries.slice(i, i + CHUNK)
    for (const k of turn++ % 2 ? (['new', 'old'] as const) : (['old', 'new'] as const))
      timed(() => {
        for (const q of chunk) matchers[k].search(q)
      }, search[k])
  }

const n = queries.length * rounds
const perQuery = (t: Timing) =>
  `${((t.wall / n) * 1000).toFixed(1)} µs wall, ${((t.cpu / n) * 1000).toFixed(1)} µs CPU`
const ratio = (a: number, b: number) => (a / b).toFixed(2)
const lines = [
  `# Matcher ${MATCHER_VERSION} against ${oldVersion}`,
  '',
  `Command: \`npx tsx bench/matcher-versions.ts --old ${values.old} --rounds ${rounds}\` (Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z).`,
  `One process; ${queries.length} dev queries × ${rounds} rounds in chunks of ${CHUNK}, old and new alternating; index built three times each, alternating.`,
  '',
  '| | old | new | new/old wall | new/old CPU |',
  '|---|---|---|---|---|',
  `| search per query | ${perQuery(search.old)} | ${perQuery(search.new)} | ${ratio(search.new.wall, search.old.wall)} | ${ratio(search.new.cpu, search.old.cpu)} |`,
  `| index build (mean of 3) | ${(build.old.wall / 3).toFixed(0)} ms wall, ${(build.old.cpu / 3).toFixed(0)} ms CPU | ${(build.new.wall / 3).toFixed(0)} ms wall, ${(build.new.cpu / 3).toFixed(0)} ms CPU | ${ratio(build.new.wall, build.old.wall)} | ${ratio(build.new.cpu, build.old.cpu)} |`,
  `| names indexed | ${matchers.old.size} | ${matchers.new.size} | | |`,
]
console.log(lines.join('\n'))
writeFileSync(join(REPO, 'bench', 'results', 'matcher-versions.md'), `${lines.join('\n')}\n`)
