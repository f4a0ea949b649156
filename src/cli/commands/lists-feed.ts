import type { Command } from 'commander'
import { badInput } from '../../errors.js'
import { changeFeed, writeChangeFeeds } from '../../service/changes/change-feed.js'
import type { CliDeps, CliState } from '../io.js'
import { DB_OPTION, withStore } from '../store-command.js'

interface FeedFlags {
  list?: string
  source?: string
  limit: string
  dir?: string
  baseUrl?: string
  db?: string
}

/** `lists feed`: the recorded list changes as JSON Feed 1.1, to standard output or as files others subscribe to. */
export function registerListsFeed(lists: Command, deps: CliDeps, _state: CliState): void {
  lists
    .command('feed')
    .description('the list changes recorded by `lists update` as a JSON Feed (per list with --list)')
    .option('--list <code>', 'only changes on this list, e.g. EL')
    .option('--source <name>', 'only changes of this source, e.g. us_csl')
    .option('--limit <n>', 'most recent changes to include', '20')
    .option('--dir <dir>', 'write changes.json and changes-<LIST>.json for every list into this folder')
    .option('--base-url <url>', 'where the files will be published (sets home_page_url and feed_url)')
    .option(...DB_OPTION)
    .action(async (flags: FeedFlags) => {
      const limit = Number(flags.limit)
      if (!Number.isInteger(limit) || limit < 1)
        throw badInput('--limit', `must be a whole number above 0, not "${flags.limit}"`)
      const request = { limit, ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}) }
      await withStore(deps, flags.db, async (store) => {
        if (flags.dir) {
          for (const path of await writeChangeFeeds(store, flags.dir, request)) deps.io.out(`${path}\n`)
          return
        }
        const feed = await changeFeed(store, {
          ...request,
          ...(flags.list ? { list: flags.list.toUpperCase() } : {}),
          ...(flags.source ? { source: flags.source } : {}),
        })
        deps.io.out(`${JSON.stringify(feed, null, 2)}\n`)
      })
    })
}
