import { userInfo } from 'node:os'
import type { Command } from 'commander'
import { isRole, ROLES } from '../../auth/roles.js'
import { badInput } from '../../errors.js'
import type { CliDeps } from '../io.js'

interface KeyFlags {
  db?: string
  json?: boolean
}

/** Who runs the CLI, as the actor of key-management audit entries. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`
  } catch {
    return 'cli'
  }
}

export function registerKeys(program: Command, deps: CliDeps): void {
  const keys = program.command('keys').description('API keys for `serve`: create, list, revoke')
  const withStore = async <T>(
    flags: KeyFlags,
    run: (store: Awaited<ReturnType<CliDeps['openStore']>>) => Promise<T>,
  ) => {
    const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
    try {
      return await run(store)
    } finally {
      await store.close()
    }
  }

  keys
    .command('create')
    .description('create a key; its text is printed once and stored only as a hash')
    .requiredOption('--role <role>', ROLES.join(', '))
    .requiredOption('--name <name>', 'who or what uses it, e.g. "ana" or "ERP nightly"')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print as JSON')
    .action(async (flags: KeyFlags & { role: string; name: string }) => {
      if (!isRole(flags.role)) throw badInput('--role', `must be ${ROLES.join(', ')}, not "${flags.role}"`)
      const role = flags.role
      const { key, secret } = await withStore(flags, (store) =>
        store.keys.create({ name: flags.name, role, actor: cliActor() }),
      )
      if (flags.json) deps.io.out(`${JSON.stringify({ key, secret }, null, 2)}\n`)
      else {
        deps.io.out(`${secret}\n`)
        deps.io.err(
          `created ${key.role} key ${key.id} "${key.name}". Keep the key above: it is not shown again.\n`,
        )
      }
    })

  keys
    .command('list')
    .description('list keys (not their secrets)')
    .option('--all', 'include revoked keys')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print as JSON')
    .action(async (flags: KeyFlags & { all?: boolean }) => {
      const list = await withStore(flags, (store) => store.keys.list({ includeRevoked: Boolean(flags.all) }))
      if (flags.json) {
        deps.io.out(`${JSON.stringify({ keys: list }, null, 2)}\n`)
        return
      }
      deps.io.out(`${'id'.padEnd(13)}${'role'.padEnd(10)}${'created'.padEnd(12)}${'prefix'.padEnd(18)}name\n`)
      for (const k of list) {
        const revoked = k.revokedAt ? `  (revoked ${k.revokedAt.slice(0, 10)})` : ''
        deps.io.out(
          `${k.id.padEnd(13)}${k.role.padEnd(10)}${k.createdAt.slice(0, 10).padEnd(12)}${k.prefix.padEnd(18)}${k.name}${revoked}\n`,
        )
      }
      if (list.length === 0)
        deps.io.out('no keys: create one with `tradecontrols keys create --role admin --name NAME`\n')
    })

  keys
    .command('revoke')
    .description('revoke a key by its id; servers stop accepting it within seconds')
    .argument('<id>', 'the key id, e.g. k1a2b3c4d5e')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .action(async (id: string, flags: KeyFlags) => {
      const key = await withStore(flags, (store) => store.keys.revoke(id, cliActor()))
      deps.io.err(`revoked ${key.role} key ${key.id} "${key.name}"\n`)
    })
}
