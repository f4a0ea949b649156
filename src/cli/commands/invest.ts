import { type Command, Option } from 'commander'
import { ACTIVITIES } from '../../invest/activities.js'
import { checkInvestment } from '../../invest/check-investment.js'
import { EXCEPTION_CODES, INVESTOR_STATUSES, TRANSACTION_TYPES } from '../../invest/input.js'
import { parseRuleOverride, type RuleOverrides } from '../../ownership/rule-status.js'
import { dataJson } from '../../service/screen-json.js'
import { formatInvestText, INVEST_FLAGS } from '../format/invest-text.js'
import { type InvestFlags, rawInput } from '../invest-input.js'
import type { CliDeps, CliState } from '../io.js'
import { loadOwnership } from '../load-ownership.js'
import { collect, parseThreshold } from '../options.js'
import { recordAnswer } from '../record.js'

/** `tradecontrols invest`: may a U.S. person make this investment (31 CFR 850, NS-CMIC, sanctions)? */
export function registerInvest(program: Command, deps: CliDeps, state: CliState): Command {
  return program
    .command('invest')
    .description(
      'outbound investment check: 31 CFR 850 (prohibited/notifiable/excepted), NS-CMIC securities, SDN and 50 % ownership',
    )
    .option('--target <name>', 'the company invested in')
    .option('--country <CC>', 'its country (ISO code; CN, HK and MO are the country of concern)')
    .option(
      '--activity <code>',
      'a covered activity of the target (repeatable; --list-activities shows the codes; "none")',
      collect,
      [],
    )
    .option('--training-ops <n>', 'AI training compute in operations, e.g. 3e24')
    .option('--bio-sequence', 'the AI model is trained primarily on biological sequence data')
    .option(
      '--coc-owned',
      'the target is majority-owned by, or organised or headquartered in, the country of concern',
    )
    .option(
      '--subsidiary-activity <code>',
      'a covered activity of persons the target holds (repeatable)',
      collect,
      [],
    )
    .option(
      '--revenue-share <pct>',
      "share of the target's revenue, income, capex or opex from those persons",
    )
    .addOption(new Option('--type <type>', 'transaction type').choices([...TRANSACTION_TYPES]))
    .option('--amount <usd>', 'amount in USD (for an LP stake: the aggregate commitment)')
    .option('--lp-assurance', 'the LP stake has a binding assurance against covered transactions')
    .option(
      '--exception <code>',
      `a §850.501 exception or §850.502 exemption you rely on: ${EXCEPTION_CODES.join(', ')}`,
      collect,
      [],
    )
    .option('--closing-date <date>', 'completion date (YYYY-MM-DD): gives the notification due date')
    .option('--cmic-listed-on <date>', 'NS-CMIC listing date, when the data lacks it')
    .option('--investor <name>', 'the investor')
    .addOption(new Option('--investor-status <status>', 'default us-person').choices([...INVESTOR_STATUSES]))
    .option(
      '--match <id=answer>',
      'answer a "possible match" question: ENTITY_ID=yes or =no (repeatable)',
      collect,
      [],
    )
    .option('--as-of <date>', 'decide as on this date (default today)')
    .option(
      '--graph <file>',
      'ownership graph: FtM JSON lines or owner,owned,percent,as_of CSV (repeatable)',
      collect,
      [],
    )
    .option(
      '--rule <rule=state>',
      'override a dated rule, e.g. bis-affiliates=suspended (repeatable)',
      collect,
      [],
    )
    .option('--threshold <x>', 'screening threshold for the target (0..1)')
    .option(
      '--dataset <path>',
      'screen against this list file instead of the store (repeatable)',
      collect,
      [],
    )
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print the answer as JSON')
    .option('--no-record', 'do not record the answer in the store')
    .option('--list-activities', 'print the activity vocabulary and exit')
    .action(async (flags: InvestFlags) => {
      if (flags.listActivities) {
        deps.io.out(listActivities(flags.json ?? false))
        return
      }
      const input = rawInput(flags, deps.now())
      const overrides = flags.rule.reduce<RuleOverrides>((o, r) => Object.assign(o, parseRuleOverride(r)), {})
      const threshold = flags.threshold === undefined ? undefined : parseThreshold(flags.threshold)
      const engine = await deps.openEngine({
        ...(flags.db === undefined ? {} : { db: flags.db }),
        ...(flags.dataset.length ? { datasets: flags.dataset } : {}),
      })
      try {
        const ownership = await loadOwnership(engine, { graphs: flags.graph, overrides }, (l) =>
          deps.io.err(`warning: ${l}\n`),
        )
        const result = checkInvestment(input, {
          engine,
          ...(ownership ? { ownership } : {}),
          ...(threshold === undefined ? {} : { threshold }),
          fieldName: (f) => INVEST_FLAGS[f] ?? f,
        })
        const data = engine.data.map((d) => dataJson(d, deps.now()))
        const recordId =
          flags.record === false
            ? undefined
            : await recordAnswer(deps, flags.db, engine, {
                kind: 'invest',
                input: result.input,
                settings: { threshold: threshold ?? engine.defaultThreshold, graphs: flags.graph },
                result,
                attention: !['NOT_COVERED', 'EXCEPTED'].includes(result.decision),
              })
        deps.io.out(
          flags.json
            ? `${JSON.stringify({ ...result, screening: { ...result.screening, data }, ...(recordId ? { recordId } : {}) }, null, 2)}\n`
            : formatInvestText(result, data),
        )
        state.exitCode = ['NOT_COVERED', 'EXCEPTED'].includes(result.decision) ? 0 : 3
      } finally {
        await engine.close()
      }
    })
}

function listActivities(json: boolean): string {
  if (json) return `${JSON.stringify(ACTIVITIES, null, 2)}\n`
  return `${ACTIVITIES.map((a) => `${a.code.padEnd(26)}${a.tier.padEnd(13)}${a.citation.padEnd(27)}${a.label}${a.verified ? '' : ' [verify]'}`).join('\n')}\n`
}
