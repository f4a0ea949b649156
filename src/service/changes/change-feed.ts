import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { type JsonFeed, renderChangeFeed } from '../../changes/change-feed.js'
import type { Store } from '../../store/store.js'

export interface ChangeFeedRequest {
  /** One list ("EL"); absent for all lists. */
  list?: string
  /** One source ("us_csl"); absent for all sources. */
  source?: string
  /** Most recent changes to include (default 20). */
  limit?: number
  /** Where the feed will be published, for its home_page_url and feed_url (serve passes its own URL). */
  baseUrl?: string
  maxEntries?: number
}

/**
 * The change feed as JSON Feed 1.1, from the changes recorded in the store: what `serve` answers on its
 * feed route and what `lists feed` writes to files.
 */
export async function changeFeed(store: Store, request: ChangeFeedRequest = {}): Promise<JsonFeed> {
  const changes = await store.changes.list({
    ...(request.source ? { source: request.source } : {}),
    limit: request.limit ?? 20,
  })
  const name = feedFileName(request)
  return renderChangeFeed(changes, {
    ...(request.list ? { list: request.list } : {}),
    ...(request.baseUrl
      ? { homePageUrl: request.baseUrl, feedUrl: `${request.baseUrl.replace(/\/$/, '')}/${name}` }
      : {}),
    ...(request.maxEntries === undefined ? {} : { maxEntries: request.maxEntries }),
  })
}

/** "changes.json", "changes-us_csl.json", "changes-EL.json". */
export const feedFileName = (r: Pick<ChangeFeedRequest, 'list' | 'source'>): string =>
  `changes${r.source ? `-${r.source}` : ''}${r.list ? `-${r.list}` : ''}.json`

/** Writes one feed for all changes and one per list that any recorded change touches; returns the paths. */
export async function writeChangeFeeds(
  store: Store,
  dir: string,
  request: Omit<ChangeFeedRequest, 'list' | 'source'> = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const lists = new Set<string>()
  for (const c of await store.changes.list({ limit: request.limit ?? 20 }))
    for (const l of Object.keys(c.diff.byList)) lists.add(l)
  const written: string[] = []
  for (const list of [undefined, ...[...lists].sort()]) {
    const feed = await changeFeed(store, { ...request, ...(list ? { list } : {}) })
    if (list && feed.items.length === 0) continue
    const path = join(dir, feedFileName(list ? { list } : {}))
    // Write then rename, so a subscriber never reads half a file.
    await writeFile(`${path}.tmp`, `${JSON.stringify(feed, null, 2)}\n`)
    await rename(`${path}.tmp`, path)
    written.push(path)
  }
  return written
}
