import type { Command } from 'commander'
import { determineReplay, investReplay } from '../../service/decision-replay.js'
import { loadEarTables } from '../../service/ear-tables.js'
import { replayRecord } from '../../service/replay.js'
import { screenReplay } from '../../service/screen-replay.js'
import type { CliDeps, CliState } from '../io.js'

/** Answer kinds that can be replayed, by record kind. */
const KINDS = {
  screen: screenReplay,
  determine: determineReplay(() => loadEarTables()),
  invest: investReplay,
}

export function registerReplay(program: Command, deps: CliDeps, state: CliState): void {
  program
    .command('replay')
    .description('re-compute a recorded answer on the list versions it used, and compare with today')
    .argument('<RECORD_ID>', 'the recordId an answer carried')
    .option('--db <url>', 'store: sqlite:PATH (default) or postgres://...')
    .option('--json', 'print as JSON')
    .action(async (recordId: string, flags: { db?: string; json?: boolean }) => {
      const store = await deps.openStore(flags.db === undefined ? {} : { db: flags.db })
      try {
        const outcome = await replayRecord(store, deps.factories, KINDS, recordId)
        if (flags.json) deps.io.out(`${JSON.stringify(outcome, null, 2)}\n`)
        else {
          deps.io.out(`${outcome.kind} ${outcome.recordId} recorded ${outcome.recordedAt}\n`)
          deps.io.out(
            outcome.same
              ? 'on the recorded list versions: the same answer\n'
              : `on the recorded list versions: DIFFERENT${outcome.engineChanged ? ' (the engine changed since)' : ''}\n${bullets(outcome.differences)}`,
          )
          deps.io.out(
            outcome.today.same
              ? `on today's versions (${outcome.today.versions.join(', ')}): the same answer\n`
              : `on today's versions (${outcome.today.versions.join(', ')}): different\n${bullets(outcome.today.differences)}`,
          )
        }
        state.exitCode = outcome.same ? 0 : 3
      } finally {
        await store.close()
      }
    })
}

const bullets = (lines: string[]) => lines.map((l) => `  - ${l}\n`).join('')
