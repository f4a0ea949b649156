import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { DEFAULT_MAX_AGE_DAYS, listsStatus } from '../../service/lists-status.js'
import type { CliDeps, CliState } from '../io.js'

interface StatusFlags {
  db?: string
  json?: boolean
  maxAge?: string
}

export function registerLists(program: Command, deps: CliDeps, state: CliState): Command {
  const lists = program.command('lists').description('list versions: status, diff, update')
  lists
    .command('status')
    .description('show each list in force, its record count, publication date and age')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option(
      '--max-age <days>',
      `warn when a list is older than this (default: the lists.max-age-days setting, ${DEFAULT_MAX_AGE_DAYS})`,
    )
    .option('--json', 'print as JSON')
    .action(async (flags: StatusFlags) => {
      const given = flags.maxAge ?? process.env.TRADECONTROLS_MAX_AGE_DAYS
      const fromFlag = given === undefined ? undefined : parseMaxAge(given)
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      try {
        const maxAge = fromFlag ?? (await store.settings.all())['lists.max-age-days']
        const status = await listsStatus(store, deps.now(), maxAge)
        const rows = status.lists
        const stale = rows.filter((r) => r.stale)
        if (flags.json) deps.io.out(`${JSON.stringify(status, null, 2)}\n`)
        else {
          deps.io.out(
            `${'source'.padEnd(10)}${'published'.padEnd(12)}${'age'.padStart(8)}${'records'.padStart(9)}  lists\n`,
          )
          for (const r of rows) {
            const perList = Object.entries(r.lists)
              .sort((a, b) => b[1] - a[1])
              .map(([k, n]) => `${k} ${n}`)
              .join(', ')
            const age = r.ageDays === null ? '?' : `${r.ageDays} d`
            deps.io.out(
              `${r.source.padEnd(10)}${(r.published ?? 'unknown').padEnd(12)}${age.padStart(8)}${String(r.records).padStart(9)}  ${perList}\n`,
            )
          }
          if (rows.length === 0) deps.io.out('no list in force: run `tradecontrols lists update`\n')
          for (const r of stale) {
            deps.io.err(
              `warning: ${r.source} is ${r.ageDays ?? 'of unknown'} days old (limit ${maxAge}); run \`tradecontrols lists update\`\n`,
            )
          }
        }
        state.exitCode = stale.length || rows.length === 0 ? 3 : 0
      } finally {
        await store.close()
      }
    })
  return lists
}

function parseMaxAge(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_AGE_DAYS
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw badInput('--max-age', `must be a whole number of days, not "${value}"`)
  return n
}
