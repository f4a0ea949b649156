import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { recheckRules, revokeRule } from '../../service/review.js'
import type { CliDeps, CliState } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

export function registerAllow(program: Command, deps: CliDeps, state: CliState): void {
  const allow = program
    .command('allow')
    .description('allow rules (durable false positives): list, revoke, recheck')

  allow
    .command('list')
    .option(...DB_OPTION)
    .option('--status <s>', 'active, expired, revoked or lapsed', 'active')
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; status: string; json?: boolean }) => {
      if (!['active', 'expired', 'revoked', 'lapsed'].includes(flags.status))
        throw badInput('--status', `unknown status ${flags.status}`)
      const rules = await withStore(deps, flags.db, (s) =>
        s.alerts.rules({ status: flags.status as 'active' }),
      )
      if (flags.json) deps.io.out(`${JSON.stringify(rules, null, 2)}\n`)
      else
        for (const r of rules)
          deps.io.out(
            `${r.id}  ${r.status}  ${r.entityId}  ${r.subjectKey}  by ${r.createdBy}${r.expiresAt ? ` until ${r.expiresAt.slice(0, 10)}` : ''}${r.endReason ? `  (${r.endReason})` : ''}\n`,
          )
    })

  allow
    .command('revoke')
    .argument('<RULE_ID>')
    .requiredOption('--reason <text>', 'why (mandatory)')
    .option(...DB_OPTION)
    .action(async (id: string, flags: { db?: string; reason: string }) => {
      await withStore(deps, flags.db, (s) =>
        revokeRule(s, id, { actor: deps.actor, reason: flags.reason }, deps.now()),
      )
      deps.io.out(`revoked ${id}\n`)
    })

  allow
    .command('recheck')
    .description(
      'check every active rule against the lists in force; re-open alerts whose entry changed or whose rule expired',
    )
    .option(...DB_OPTION)
    .action(async (flags: { db?: string }) => {
      const engine = await deps.openEngine(flags.db === undefined ? {} : { db: flags.db })
      try {
        if (!engine.store) throw badInput('--db', 'needs a store')
        const ended = await recheckRules(engine.store, (id) => engine.entity(id), deps.actor, deps.now())
        for (const e of ended)
          deps.io.out(`${e.rule.id} ended: ${e.reason}${e.reopened ? `; re-opened ${e.reopened.id}` : ''}\n`)
        deps.io.err(`${ended.length} rule${ended.length === 1 ? '' : 's'} ended\n`)
        state.exitCode = ended.length ? 3 : 0
      } finally {
        await engine.close()
      }
    })
}
