import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import type { Alert, AlertStatus } from '../../model/alert.js'
import { assignAlert, confirmAlert, decideAlert } from '../../service/review.js'
import type { CliDeps, CliState, EngineHandle } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

const STATUSES: readonly AlertStatus[] = ['open', 'pending-confirmation', 'escalated', 'closed', 'suppressed']

interface ListFlags {
  db?: string
  status?: string
  list?: string
  country?: string
  minScore?: string
  olderThan?: string
  assignee?: string
  limit: string
  json?: boolean
}

export function registerAlerts(program: Command, deps: CliDeps, state: CliState): void {
  const alerts = program
    .command('alerts')
    .description('the review queue: list, show, assign, decide, confirm')

  alerts
    .command('list')
    .option(...DB_OPTION)
    .option(
      '--status <statuses>',
      `comma-separated: ${STATUSES.join(', ')}`,
      'open,escalated,pending-confirmation',
    )
    .option('--list <code>', 'only alerts on this list (EL, SDN, ...)')
    .option('--country <CC>', 'only alerts on entries with this country')
    .option('--min-score <x>', 'only alerts scoring at least this')
    .option('--older-than <days>', 'only alerts raised more than this many days ago')
    .option('--assignee <name>', 'only alerts assigned to this reviewer')
    .option('--limit <n>', 'at most this many', '100')
    .option('--json', 'print as JSON')
    .action(async (flags: ListFlags) => {
      const status = flags.status!.split(',').map((s) => s.trim())
      const unknown = status.filter((s) => !(STATUSES as readonly string[]).includes(s))
      if (unknown.length) throw badInput('--status', `unknown status ${unknown.join(', ')}`)
      const filter: Parameters<Awaited<ReturnType<CliDeps['openStore']>>['alerts']['list']>[0] = {
        status: status as AlertStatus[],
        limit: number(flags.limit, '--limit', 1),
      }
      if (flags.list) filter.list = flags.list.toUpperCase()
      if (flags.country) filter.country = flags.country
      if (flags.minScore) filter.minScore = number(flags.minScore, '--min-score', 0, 1)
      if (flags.assignee) filter.assignee = flags.assignee
      if (flags.olderThan)
        filter.createdBefore = new Date(
          deps.now().getTime() - number(flags.olderThan, '--older-than', 0) * 86_400_000,
        ).toISOString()
      const list = await withStore(deps, flags.db, (s) => s.alerts.list(filter))
      if (flags.json) deps.io.out(`${JSON.stringify(list, null, 2)}\n`)
      else {
        for (const a of list) deps.io.out(`${line(a)}\n`)
        deps.io.err(`${list.length} alert${list.length === 1 ? '' : 's'}\n`)
      }
      state.exitCode = list.some((a) => a.status !== 'closed' && a.status !== 'suppressed') ? 3 : 0
    })

  alerts
    .command('show')
    .argument('<ALERT_ID>')
    .option(...DB_OPTION)
    .option('--json', 'print as JSON')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const { alert, events } = await withStore(deps, flags.db, async (s) => {
        const found = await s.alerts.get(id)
        if (!found) throw badInput('ALERT_ID', `no alert ${id}`)
        return { alert: found.alert, events: await s.alerts.events(id) }
      })
      if (flags.json) deps.io.out(`${JSON.stringify({ alert, events }, null, 2)}\n`)
      else {
        deps.io.out(
          `${line(alert)}\n  subject: ${alert.subject.query.name}${alert.subject.counterpartyId ? ` (counterparty ${alert.subject.counterpartyId})` : ''}\n  matched as: ${alert.matchedName}\n`,
        )
        if (alert.note) deps.io.out(`  note: ${alert.note}\n`)
        for (const e of events) deps.io.out(`  ${e.at} ${e.actor} ${e.action} ${JSON.stringify(e.details)}\n`)
      }
    })

  alerts
    .command('assign')
    .argument('<ALERT_ID>')
    .requiredOption('--to <reviewer>', 'who works on it')
    .option(...DB_OPTION)
    .action(async (id: string, flags: { db?: string; to: string }) => {
      const a = await withStore(deps, flags.db, (s) =>
        assignAlert(s, id, { assignee: flags.to, actor: deps.actor }, deps.now()),
      )
      deps.io.out(`${line(a)}\n`)
    })

  alerts
    .command('decide')
    .argument('<ALERT_ID>')
    .requiredOption('--decision <d>', 'true-match, false-positive or escalate')
    .requiredOption('--reason <text>', 'why (mandatory)')
    .option(
      '--allow',
      'with false-positive: do not alert on this subject and this exact entry again while it is unchanged',
    )
    .option('--allow-until <date>', 'with --allow: the rule expires on this day (YYYY-MM-DD)')
    .option(...DB_OPTION)
    .action(
      async (
        id: string,
        flags: { db?: string; decision: string; reason: string; allow?: boolean; allowUntil?: string },
      ) => {
        if (flags.allowUntil && !flags.allow) throw badInput('--allow-until', 'needs --allow')
        const allow = flags.allow
          ? flags.allowUntil
            ? { expiresAt: day(flags.allowUntil, '--allow-until') }
            : {}
          : undefined
        const a = await withEngineStore(deps, flags.db, async (s, engine) => {
          const settings = await s.settings.all()
          return decideAlert(
            s,
            id,
            {
              decision: flags.decision,
              reason: flags.reason,
              actor: deps.actor,
              ...(allow ? { allow } : {}),
            },
            { fourEyes: settings['review.four-eyes'] },
            (eid) => engine.entity(eid),
            deps.now(),
          )
        })
        deps.io.out(
          `${line(a)}${a.status === 'pending-confirmation' ? ' — a second reviewer must confirm (four-eyes)' : ''}\n`,
        )
      },
    )

  alerts
    .command('confirm')
    .argument('<ALERT_ID>')
    .requiredOption('--reason <text>', 'why (mandatory)')
    .option('--reject', 'send the release back instead of confirming it')
    .option(...DB_OPTION)
    .action(async (id: string, flags: { db?: string; reason: string; reject?: boolean }) => {
      const a = await withEngineStore(deps, flags.db, (s, engine) =>
        confirmAlert(
          s,
          id,
          { actor: deps.actor, approve: !flags.reject, reason: flags.reason },
          (eid) => engine.entity(eid),
          deps.now(),
        ),
      )
      deps.io.out(`${line(a)}\n`)
    })
}

/** Decisions that create allow rules need the listed entries in force; the engine's store is used for all. */
async function withEngineStore<T>(
  deps: CliDeps,
  db: string | undefined,
  use: (s: NonNullable<EngineHandle['store']>, e: EngineHandle) => Promise<T>,
): Promise<T> {
  const engine = await deps.openEngine(db === undefined ? {} : { db })
  try {
    if (!engine.store) throw badInput('--db', 'needs a store')
    return await use(engine.store, engine)
  } finally {
    await engine.close()
  }
}

function line(a: Alert): string {
  const decided = a.decision ? ` ${a.decision} by ${a.decidedBy}` : ''
  return `${a.id}  ${a.status.padEnd(20)} ${a.score.toFixed(2)} ${a.list.padEnd(6)} ${a.entityName} <- "${a.subject.query.name}"${a.assignee ? ` @${a.assignee}` : ''}${decided}`
}

function number(value: string, flag: string, min: number, max = Number.POSITIVE_INFINITY): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n < min || n > max)
    throw badInput(
      flag,
      `must be a number from ${min}${max < Number.POSITIVE_INFINITY ? ` to ${max}` : ''}, not "${value}"`,
    )
  return n
}

function day(value: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw badInput(flag, `must be YYYY-MM-DD, not "${value}"`)
  return `${value}T00:00:00.000Z`
}
