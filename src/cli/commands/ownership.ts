import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import type { OwnershipIndex } from '../../ownership/ownership-index.js'
import { parseRuleOverride, type RuleOverrides } from '../../ownership/rule-status.js'
import { dataJson } from '../../service/screen-json.js'
import { formatOwnedBy } from '../format/ownership-text.js'
import { describeData } from '../format/screen-text.js'
import type { CliDeps, CliState, EngineHandle } from '../io.js'
import { loadOwnership } from '../load-ownership.js'
import { collect, parseThreshold } from '../options.js'
import { parseDateFlag, parseNumberFlag } from '../parse-number.js'
import { scanOwnership } from '../scan-ownership.js'

interface OwnershipFlags {
  graph: string[]
  asOf?: string
  rule: string[]
  screenNames: boolean
  linkThreshold?: string
  dataset: string[]
  db?: string
  json?: boolean
  limit?: string
}

/** `tradecontrols ownership check NAME` and `ownership scan`: the 50 % rules over an ownership graph. */
export function registerOwnership(program: Command, deps: CliDeps, state: CliState): Command {
  const cmd = program
    .command('ownership')
    .description("ownership: OFAC's 50 % rule and the BIS Affiliates Rule over a graph")
  const common = (c: Command) =>
    c
      .option('--graph <file>', 'FtM JSON lines or owner,owned,percent,as_of CSV (repeatable)', collect, [])
      .option('--as-of <date>', 'holdings and rules in force on this date (default today)')
      .option(
        '--rule <rule=state>',
        'override a dated rule, e.g. bis-affiliates=suspended (repeatable)',
        collect,
        [],
      )
      .option('--no-screen-names', 'tie owners to the lists only by entity id or the file’s own tags')
      .option('--link-threshold <x>', 'name-match score that ties an owner to a listed party (default 0.95)')
      .option('--dataset <path>', 'list files instead of the store (repeatable)', collect, [])
      .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
      .option('--json', 'print the answer as JSON')
  common(
    cmd
      .command('check')
      .description('is NAME (an entity id or name) 50 % or more owned by listed parties?')
      .argument('<name>'),
  ).action(async (name: string, flags: OwnershipFlags) => {
    await withIndex(flags, deps, async (index, asOf, engine) => {
      const r = index.ownedBy(name, asOf)
      const data = engine.data.map((d) => dataJson(d, deps.now()))
      if (flags.json) deps.io.out(`${JSON.stringify({ ...r, data }, null, 2)}\n`)
      else deps.io.out(`${[...formatOwnedBy(r), `Listed parties from ${describeData(data)}`].join('\n')}\n`)
      state.exitCode = r.listed || r.findings.some((f) => f.applies) || r.cautions.length ? 3 : 0
    })
  })
  common(cmd.command('scan').description('every entity the rules catch by ownership, and the data issues'))
    .option('--limit <n>', 'list at most this many entities per rule (default 50)')
    .action(async (flags: OwnershipFlags) => {
      await withIndex(flags, deps, async (index, asOf) => {
        const limit = flags.limit === undefined ? 50 : parseNumberFlag(flags.limit, '--limit')
        const { text, json, attention } = scanOwnership(index, asOf, limit)
        deps.io.out(flags.json ? `${JSON.stringify(json, null, 2)}\n` : text)
        state.exitCode = attention ? 3 : 0
      })
    })
  return cmd
}

async function withIndex(
  flags: OwnershipFlags,
  deps: CliDeps,
  run: (index: OwnershipIndex, asOf: string, engine: EngineHandle) => Promise<void>,
): Promise<void> {
  if (!flags.graph.length) throw badInput('--graph', 'give at least one ownership file')
  const asOf =
    flags.asOf === undefined ? deps.now().toISOString().slice(0, 10) : parseDateFlag(flags.asOf, '--as-of')
  const overrides = flags.rule.reduce<RuleOverrides>((o, r) => Object.assign(o, parseRuleOverride(r)), {})
  const linkThreshold = flags.linkThreshold === undefined ? undefined : parseThreshold(flags.linkThreshold)
  const engine = await deps.openEngine({
    ...(flags.db === undefined ? {} : { db: flags.db }),
    ...(flags.dataset.length ? { datasets: flags.dataset } : {}),
  })
  try {
    const index = await loadOwnership(
      engine,
      {
        graphs: flags.graph,
        overrides,
        screenNames: flags.screenNames,
        ...(linkThreshold === undefined ? {} : { linkThreshold }),
      },
      (l) => deps.io.err(`warning: ${l}\n`),
    )
    if (!index) throw badInput('--graph', 'the files hold no ownership or control records')
    await run(index, asOf, engine)
  } finally {
    await engine.close()
  }
}
