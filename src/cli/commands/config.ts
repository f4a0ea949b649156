import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { isSettingKey, parseSetting, SETTINGS } from '../../model/settings.js'
import type { CliDeps } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

export function registerConfig(program: Command, deps: CliDeps): void {
  const config = program
    .command('config')
    .description('shared settings (four-eyes review, retention, list age); changes are audited')
  config
    .command('show')
    .option(...DB_OPTION)
    .option('--json', 'print as JSON')
    .action(async (flags: { db?: string; json?: boolean }) => {
      const all = await withStore(deps, flags.db, (s) => s.settings.all())
      if (flags.json) deps.io.out(`${JSON.stringify(all, null, 2)}\n`)
      else
        for (const [k, v] of Object.entries(all))
          deps.io.out(
            `${k} = ${v}${v === SETTINGS[k as keyof typeof SETTINGS].default ? ' (default)' : ''}\n`,
          )
    })
  config
    .command('set')
    .argument('<key>', Object.keys(SETTINGS).join(', '))
    .argument('<value>')
    .option(...DB_OPTION)
    .action(async (key: string, value: string, flags: { db?: string }) => {
      const parsed = parseSetting(key, value)
      if (!isSettingKey(key)) throw badInput('key', `unknown setting ${key}`)
      await withStore(deps, flags.db, (s) => s.settings.set(key, parsed, deps.actor))
      deps.io.out(`${key} = ${parsed}\n`)
    })
}
