import type { Command } from 'commander'
import { determine } from '../../ear/determine.js'
import { formatDetermination } from '../../ear/format.js'
import type { EarTables } from '../../ear/tables.js'
import type { Answer, PartyInput, PartyScreener } from '../../ear/types.js'
import { badInput } from '../../errors.js'
import { partyOwnership } from '../../ownership/party-ownership.js'
import { loadEarTables } from '../../service/ear-tables.js'
import type { CliDeps, CliState, EngineHandle } from '../io.js'
import { loadOwnership } from '../load-ownership.js'
import { collect, parseThreshold } from '../options.js'
import { recordAnswer } from '../record.js'

interface DetermineFlags {
  eccn: string
  to: string
  region?: string
  party: string[]
  owner: string[]
  endUse: string[]
  asOf?: string
  answer: string[]
  rule: string[]
  threshold?: string
  json?: boolean
  db?: string
  dataset: string[]
  record?: boolean
  graph: string[]
}

/** `tradecontrols determine`: EAR licence determination (exit 0 NLR, 3 anything needing attention). */
export function registerDetermine(
  program: Command,
  deps: CliDeps,
  state: CliState,
  ear: { loadTables?: () => Promise<EarTables> } = {},
): void {
  program
    .command('determine')
    .description('EAR licence determination: ECCN or EAR99 x destination x parties x end use, with citations')
    .requiredOption('--eccn <ECCN>', 'ECCN with optional paragraph (3A090.a), or EAR99')
    .requiredOption('--to <CC>', 'destination: ISO country code or name')
    .option('--region <name>', 'crimea, dnr, lnr or none (Ukraine, 15 CFR 746.6)')
    .option(
      '--party <NAME[@CC]>',
      'a party to screen: purchaser, consignee, end user (repeatable)',
      collect,
      [],
    )
    .option(
      '--owner <PARTY=OWNER[@CC][:PCT]>',
      'an owner of a --party, for the Affiliates Rule (repeatable)',
      collect,
      [],
    )
    .option(
      '--end-use <code>',
      'a known end use (repeatable): nuclear, missile, chem-bio, military, ...',
      collect,
      [],
    )
    .option('--as-of <date>', 'answer for this day (YYYY-MM-DD); default today')
    .option(
      '--graph <file>',
      'ownership graph (FtM JSON lines or owner,owned,percent,as_of CSV): parties 50 % owned by listed parties take their restrictions (repeatable)',
      collect,
      [],
    )
    .option('--answer <ID=yes|no>', 'answer a question of an earlier answer (repeatable)', collect, [])
    .option('--rule <ID=on|off>', 'switch a dated rule regardless of its dates (repeatable)', collect, [])
    .option('--threshold <x>', 'screening threshold (0..1)')
    .option('--json', 'print the answer as JSON')
    .option('--no-record', 'do not record the answer in the store')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option(
      '--dataset <path>',
      'screen parties against this list file instead of the store (repeatable)',
      collect,
      [],
    )
    .action(async (flags: DetermineFlags) => {
      const named = parseParties(flags.party, flags.owner)
      const tables = await (ear.loadTables ?? (() => loadEarTables()))()
      // Screening needs the lists; a determination without parties does not open them.
      const engine: EngineHandle | undefined = named.length
        ? await deps.openEngine(engineRequest(flags))
        : undefined
      try {
        const asOf = flags.asOf ?? deps.now().toISOString().slice(0, 10)
        const parties = engine ? await withOwnership(engine, named, flags.graph, asOf, deps) : named
        const input = {
          eccn: flags.eccn,
          to: flags.to,
          parties,
          endUses: flags.endUse,
          answers: pairs(flags.answer, '--answer', ['yes', 'no']) as Record<string, Answer>,
          rules: pairs(flags.rule, '--rule', ['on', 'off']) as Record<string, 'on' | 'off'>,
          ...(flags.region !== undefined ? { region: flags.region } : {}),
          ...(flags.asOf !== undefined ? { asOf: flags.asOf } : {}),
          ...(flags.threshold !== undefined ? { threshold: parseThreshold(flags.threshold) } : {}),
        }
        const today = () => deps.now().toISOString().slice(0, 10)
        const d = determine(input, { engine: engine ?? NO_PARTIES, tables, today })
        const recordId =
          flags.record === false || flags.dataset.length
            ? undefined
            : await recordAnswer(deps, flags.db, engine, {
                kind: 'determine',
                // The day is part of the question: a replay answers for the same day.
                input: { ...input, asOf: d.asOf },
                settings: {
                  ecfr: d.data.ecfr,
                  threshold: input.threshold ?? engine?.defaultThreshold ?? null,
                },
                result: d,
                attention: d.decision !== 'NLR',
              })
        const answer = recordId ? { ...d, recordId } : d
        deps.io.out(flags.json ? `${JSON.stringify(answer, null, 2)}\n` : formatDetermination(d))
        state.exitCode = d.decision === 'NLR' ? 0 : 3
      } finally {
        await engine?.close()
      }
    })
}

const NO_PARTIES: PartyScreener = {
  screen: () => ({ matches: [] }),
  entity: () => undefined,
  defaultThreshold: 1,
  data: [],
}

/** "NAME@CC" → {name, country}; the suffix counts only when it is two letters. */
function nameAt(spec: string, flag: string): { name: string; country?: string } {
  const m = /^(.*\S)\s*@\s*([A-Za-z]{2})$/.exec(spec.trim())
  const name = (m?.[1] ?? spec).trim()
  if (!name) throw badInput(flag, `empty name in "${spec}"`)
  return m?.[2] ? { name, country: m[2].toUpperCase() } : { name }
}

function parseParties(partySpecs: readonly string[], ownerSpecs: readonly string[]): PartyInput[] {
  const parties = partySpecs.map((s) => ({
    ...nameAt(s, '--party'),
    owners: [] as NonNullable<PartyInput['owners']>[number][],
  }))
  for (const spec of ownerSpecs) {
    const eq = spec.indexOf('=')
    if (eq < 1) throw badInput('--owner', `"${spec}" is not PARTY=OWNER[@CC][:PCT]`)
    const partyName = spec.slice(0, eq).trim()
    const party = parties.find((p) => p.name === partyName)
    if (!party) throw badInput('--owner', `"${partyName}" is not one of the --party names`)
    const m = /^(.*?)(?::\s*(\d+(?:\.\d+)?)\s*%?)?$/.exec(spec.slice(eq + 1).trim())
    const owner = nameAt(m?.[1] ?? '', '--owner')
    const percent = m?.[2] === undefined ? undefined : Number(m[2])
    if (percent !== undefined && percent > 100) throw badInput('--owner', `share ${percent}% is over 100`)
    party.owners.push(percent === undefined ? owner : { ...owner, percent })
  }
  return parties.map(({ owners, ...p }) => (owners.length ? { ...p, owners } : p))
}

function pairs(specs: readonly string[], flag: string, values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=')
    const value = spec
      .slice(eq + 1)
      .trim()
      .toLowerCase()
    if (eq < 1 || !values.includes(value)) throw badInput(flag, `"${spec}" is not ID=${values.join('|')}`)
    out[spec.slice(0, eq).trim()] = value
  }
  return out
}

function engineRequest(flags: DetermineFlags): { db?: string; datasets?: string[] } {
  const request: { db?: string; datasets?: string[] } = {}
  if (flags.db !== undefined) request.db = flags.db
  if (flags.dataset.length) request.datasets = flags.dataset
  return request
}

/** With an ownership graph (or ownership relations in the lists), each party gets the graph's findings. */
async function withOwnership(
  engine: EngineHandle,
  parties: PartyInput[],
  graphs: string[],
  asOf: string,
  deps: CliDeps,
): Promise<PartyInput[]> {
  if (!graphs.length && !engine.relations.some((r) => r.kind === 'ownership')) return parties
  const index = await loadOwnership(engine, { graphs }, (line) => deps.io.err(`warning: ${line}\n`))
  if (!index) return parties
  return parties.map((party) => {
    const found = partyOwnership(index, { name: party.name }, asOf, engine)
    // Every rule that catches the party by its shares; whether a rule is in force on the day is the EAR step's call.
    const caughtBy = found.findings.map((f) => f.rule.id)
    return caughtBy.length
      ? { ...party, ownership: { caughtBy, summary: found.findings.map((f) => f.text) } }
      : party
  })
}
