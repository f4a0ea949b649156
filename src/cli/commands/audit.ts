import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { SETTINGS } from '../../model/settings.js'
import type { CliDeps, CliState } from '../io.js'

/** EAR Part 762 keeps export records five years; the audit log keeps at least as long by default. */
export const DEFAULT_RETENTION_YEARS: number = SETTINGS['audit.retention-years'].default

export function registerAudit(program: Command, deps: CliDeps, state: CliState): void {
  const audit = program.command('audit').description('the tamper-evident audit log')
  const withStore = async <T>(
    db: string | undefined,
    use: (s: Awaited<ReturnType<CliDeps['openStore']>>) => Promise<T>,
  ) => {
    const store = await deps.openStore(db === undefined ? {} : { db })
    try {
      return await use(store)
    } finally {
      await store.close()
    }
  }

  audit
    .command('verify')
    .description('check every entry of the hash chain; exit 1 naming the first bad entry')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const result = await withStore(flags.db, (s) => s.audit.verify())
      if (flags.json) deps.io.out(`${JSON.stringify(result)}\n`)
      else if (result.ok) deps.io.out(`audit log intact: ${result.entries} entries, last ${result.lastSeq}\n`)
      else deps.io.out(`audit log BROKEN at entry ${result.firstBad}: ${result.problem}\n`)
      state.exitCode = result.ok ? 0 : 1
    })

  audit
    .command('log')
    .description('show audit entries, oldest first')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--after <seq>', 'entries after this sequence number', '0')
    .option('--limit <n>', 'at most this many', '50')
    .option('--action <action>', 'only this action, e.g. list.activated')
    .option('--json', 'print as JSON lines')
    .action(async (flags: { db?: string; after: string; limit: string; action?: string; json?: boolean }) => {
      const afterSeq = wholeNumber(flags.after, '--after')
      const limit = wholeNumber(flags.limit, '--limit')
      const entries = await withStore(flags.db, (s) =>
        s.audit.list({ afterSeq, limit, ...(flags.action ? { action: flags.action } : {}) }),
      )
      for (const e of entries) {
        deps.io.out(
          flags.json
            ? `${JSON.stringify(e)}\n`
            : `${e.seq}\t${e.at}\t${e.actor}\t${e.action}\t${e.subject}\t${JSON.stringify(e.details)}\n`,
        )
      }
    })

  audit
    .command('prune')
    .description(
      `remove entries older than the retention period (default ${DEFAULT_RETENTION_YEARS} years); the chain stays verifiable`,
    )
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--retention-years <n>', 'keep this many years (default: the audit.retention-years setting)')
    .action(async (flags: { db?: string; retentionYears?: string }) => {
      const given =
        flags.retentionYears === undefined
          ? undefined
          : wholeNumber(flags.retentionYears, '--retention-years')
      if (given !== undefined && given < 1) throw badInput('--retention-years', 'must be at least 1')
      const now = deps.now()
      const { removed, before } = await withStore(flags.db, async (s) => {
        const years = given ?? (await s.settings.all())['audit.retention-years']
        const cutoff = new Date(
          Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), now.getUTCDate()),
        ).toISOString()
        return { ...(await s.audit.prune(cutoff, deps.actor)), before: cutoff }
      })
      deps.io.out(`removed ${removed} entries recorded before ${before.slice(0, 10)}\n`)
    })
}

function wholeNumber(value: string, flag: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw badInput(flag, `must be a whole number, not "${value}"`)
  return n
}
