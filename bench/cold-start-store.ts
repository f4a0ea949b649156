/**
 * Cold start on the product path (issue 3: index ready in 2 s or less): a fresh process opens the embedded
 * store holding the bundled data, builds or restores the engine, answers one query. Three modes, in
 * alternating order each round: the matcher cache off, a miss (cache emptied first: build and write) and a
 * hit (restore). Then the same three through the real command, `tradecontrols screen "Huawei Technologies"`.
 *
 *   npm run build && npx tsx bench/cold-start-store.ts [--rounds N] [--write]
 *
 * `--write` writes bench/results/cold-start.md. Medians over the rounds; wall and CPU time.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { rounds: { type: 'string' }, write: { type: 'boolean' } } })
const rounds = Number(values.rounds ?? 5)
const REPO = join(import.meta.dirname, '..')
const BIN = join(REPO, 'bin', 'tradecontrols.js')
const home = mkdtempSync(join(tmpdir(), 'tc-cold-'))
const db = join(home, 'tradecontrols.db')
const cacheDir = `${db}.cache`
const loadBefore = loadavg()

type Mode = 'off' | 'miss' | 'hit'
const MODES: Mode[] = ['off', 'miss', 'hit']

function run(args: string[], mode: Mode): { stdout: string; stderr: string } {
  if (mode === 'miss') rmSync(cacheDir, { recursive: true, force: true })
  const r = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      TRADECONTROLS_HOME: home,
      TRADECONTROLS_DB: '',
      TRADECONTROLS_CACHE_DIR: mode === 'off' ? 'off' : '',
    },
  })
  if (r.status !== 0 && r.status !== 3) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`)
  return r
}

// The bundled data goes into the new store once, outside the timings (`lists status` imports it).
run([BIN, 'lists', 'status'], 'off')
const versions = JSON.parse(run([BIN, 'lists', 'status', '--json'], 'off').stdout).lists as Array<{
  source: string
  published: string
  records: number
}>

// CPU and wall time of the whole command, printed by the process itself as it exits.
const EXIT_TIMES =
  'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();' +
  'process.stderr.write("\\n"+JSON.stringify({cliMs:performance.now(),cliCpuMs:(c.user+c.system)/1000})+"\\n")})'

type Stage = Record<string, number | boolean>
const stages: Record<Mode, Stage[]> = { off: [], miss: [], hit: [] }
const commands: Record<Mode, Stage[]> = { off: [], miss: [], hit: [] }
const lastJson = (text: string) => JSON.parse(text.trim().split('\n').at(-1)!) as Stage
const answers: Record<Mode, string> = { off: '', miss: '', hit: '' }
for (let r = 0; r < rounds; r++) {
  // Rotate the order: off, miss, hit / miss, hit, off / hit-after-miss is kept by construction.
  const order = r % 2 ? (['miss', 'hit', 'off'] as const) : MODES
  for (const mode of order) {
    const s = lastJson(run([join(REPO, 'bench', 'cold-start-store.mjs'), `sqlite:${db}`], mode).stdout)
    if (s.restored !== (mode === 'hit')) throw new Error(`${mode}: restored=${s.restored}`)
    stages[mode].push(s)
  }
  for (const mode of order) {
    const c = run(['--import', EXIT_TIMES, BIN, 'screen', 'Huawei Technologies', '--json'], mode)
    commands[mode].push(lastJson(c.stderr))
    answers[mode] = JSON.stringify(JSON.parse(c.stdout).matches)
  }
}
if (answers.hit !== answers.off || answers.miss !== answers.off)
  throw new Error('the restored engine answered differently')
rmSync(home, { recursive: true, force: true })

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}
const cell = (rows: Stage[], field: string) => Math.round(median(rows.map((x) => x[field] as number)))
const row = (label: string, rows: Record<Mode, Stage[]>, field: string) =>
  `| ${label} | ${MODES.map((m) => cell(rows[m], field)).join(' | ')} | ${(cell(rows.hit, field) / cell(rows.off, field)).toFixed(2)} |`
const table = [
  '| median ms over rounds | cache off | miss (build + write) | hit (restore) | hit / off |',
  '| --- | --- | --- | --- | --- |',
  row('load the CLI modules (wall)', stages, 'importMs'),
  row('load the CLI modules (CPU)', stages, 'importCpuMs'),
  row('open the store', stages, 'openMs'),
  row('load entities and relations', stages, 'loadMs'),
  row('build or restore the index', stages, 'indexMs'),
  row('**engine ready, from process start (wall)**', stages, 'readyMs'),
  row('**engine ready, from process start (CPU)**', stages, 'readyCpuMs'),
  row('first answer, from process start (wall)', stages, 'answerMs'),
  row('resident memory (MB)', stages, 'rssMB'),
  row('`tradecontrols screen "Huawei Technologies" --json`, whole command (wall)', commands, 'cliMs'),
  row('`tradecontrols screen "Huawei Technologies" --json`, whole command (CPU)', commands, 'cliCpuMs'),
].join('\n')
const report = [
  '# Cold start on the product path: store, engine, first answer',
  '',
  'Command: `npm run build && npx tsx bench/cold-start-store.ts --rounds ' +
    rounds +
    ' --write` ' +
    '(every figure a fresh process; modes in alternating order each round)',
  `Machine: ${cpus()[0]?.model}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ` +
    `load average before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} (the machine is shared)`,
  `Data: the bundled lists imported into a new embedded store (${versions.map((v) => `${v.source} ${v.published}, ${v.records} records`).join('; ')})`,
  `Date: ${new Date().toISOString().slice(0, 10)}`,
  '',
  table,
  '',
]
console.log(report.join('\n'))
if (values.write) writeFileSync(join(REPO, 'bench', 'results', 'cold-start.md'), report.join('\n'))
