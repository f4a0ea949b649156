import { writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { type AnyReport, REPORT_FORMATS, type ReportFormat, renderReport } from '../../report/render.js'
import { alertReport, counterpartyReport } from '../../service/evidence-report.js'
import { systemReportFonts } from '../../service/report-fonts.js'
import { counterpartyRef, dayPeriod } from '../../service/report-request.js'
import { periodSummary } from '../../service/summary-report.js'
import type { Store } from '../../store/store.js'
import type { CliDeps, CliState } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

interface OutputFlags {
  db?: string
  format?: string
  output?: string
}

/** `tradecontrols report`: evidence for an alert or a counterparty, and period summaries, as PDF, CSV or JSON. */
export function registerReport(program: Command, deps: CliDeps, state: CliState): void {
  const report = program.command('report').description('evidence reports (PDF, CSV, JSON) for auditors')
  const outputOptions = (c: Command) =>
    c
      .option('--format <format>', 'pdf, csv or json (default: from the --output extension, else json)')
      .option('--output <file>', 'write here (default: standard output; required for pdf)')
      .option(...DB_OPTION)

  outputOptions(
    report
      .command('alert')
      .description('one alert: query, match and explanation, listed entry, data versions, decision trail')
      .argument('<ALERT_ID>', 'the alert'),
  ).action(async (alertId: string, flags: OutputFlags) => {
    await produce(deps, state, flags, (store) => alertReport(store, alertId, context(deps)))
  })

  outputOptions(
    report
      .command('counterparty')
      .description('every alert of one counterparty: a saved one (--id) or a screened name (--name)')
      .option('--id <id>', "the counterparty's id in your records")
      .option('--name <name>', 'the name as screened')
      .option('--country <CC>', 'with --name: the country it was screened with')
      .option('--dob <date>', 'with --name: the birth date it was screened with'),
  ).action(async (flags: OutputFlags & { id?: string; name?: string; country?: string; dob?: string }) => {
    const ref = counterpartyRef(flags, '--')
    await produce(deps, state, flags, (store) => counterpartyReport(store, ref, context(deps)))
  })

  outputOptions(
    report
      .command('summary')
      .description('a period: screenings, hits, alerts raised, decisions, time to decision, open alerts')
      .requiredOption('--from <YYYY-MM-DD>', 'first day of the period (UTC)')
      .requiredOption('--to <YYYY-MM-DD>', 'last day of the period, included (UTC)'),
  ).action(async (flags: OutputFlags & { from: string; to: string }) => {
    const period = dayPeriod(flags.from, flags.to, '--')
    await produce(deps, state, flags, (store) => periodSummary(store, period, context(deps)))
  })
}

async function produce(
  deps: CliDeps,
  state: CliState,
  flags: OutputFlags,
  build: (store: Store) => Promise<AnyReport>,
): Promise<void> {
  const format = outputFormat(flags)
  if (format === 'pdf' && !flags.output) throw badInput('--output', 'is required for a PDF report')
  const report = await withStore(deps, flags.db, build)
  const rendered = await renderReport(report, format, format === 'pdf' ? { fonts: systemReportFonts() } : {})
  if (flags.output) {
    writeFileSync(flags.output, rendered.body)
    deps.io.err(`wrote ${format} report to ${flags.output} (${rendered.body.length} bytes)\n`)
  } else deps.io.out(new TextDecoder().decode(rendered.body))
  if (!report.chain.ok) deps.io.err(`warning: the audit log does not verify: ${report.chain.problem}\n`)
  state.exitCode = 0
}

function outputFormat(flags: OutputFlags): ReportFormat {
  const value = flags.format ?? /\.(pdf|csv|json)$/i.exec(flags.output ?? '')?.[1]?.toLowerCase() ?? 'json'
  if (!(REPORT_FORMATS as readonly string[]).includes(value))
    throw badInput('--format', `must be pdf, csv or json, not "${value}"`)
  return value as ReportFormat
}

const context = (deps: CliDeps) => ({ now: deps.now(), actor: deps.actor })
