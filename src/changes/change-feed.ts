import { entryLabel, fmt } from './report-view.js'
import type { EntryRef, ListDiff, RecordedChange } from './types.js'

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): readers, Slack and Zapier subscribe to it as is. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  description: string
  home_page_url?: string
  feed_url?: string
  items: JsonFeedItem[]
}

export interface JsonFeedItem {
  id: string
  title: string
  content_text: string
  date_published: string
  tags: string[]
  url?: string
  /** The change itself, machine-readable (JSON Feed extensions start with an underscore). */
  _tradecontrols: {
    source: string
    list?: string
    fromVersionId: string
    toVersionId: string
    published: { old: string | null; new: string | null }
    summary: ListDiff['summary']
    byList: ListDiff['byList']
    added: EntryRef[]
    removed: EntryRef[]
    moved: Array<{
      from: string
      to: string
      kind: string
      name: string
      countries: string[]
      entityId: string
    }>
    changed: Array<{ name: string; list: string; fields: string[]; entityId: string }>
    /** Entries left out of the lists above (see --limit); the counts in `summary` are complete. */
    truncated: boolean
  }
}

export interface FeedOptions {
  /** One feed per list code ("EL"); absent for every list of the changes given. */
  list?: string
  title?: string
  homePageUrl?: string
  feedUrl?: string
  /** Entries per kind spelled out in each item. */
  maxEntries?: number
}

/** Renders recorded changes, newest first, as a JSON Feed; with `list`, only that list's part of each change. */
export function renderChangeFeed(changes: readonly RecordedChange[], options: FeedOptions = {}): JsonFeed {
  const max = options.maxEntries ?? 200
  const items: JsonFeedItem[] = []
  for (const c of changes) {
    const item = feedItem(c, options.list, max)
    if (!item) continue
    if (options.homePageUrl) item.url = `${options.homePageUrl}#${item.id}`
    items.push(item)
  }
  const scope = options.list ?? [...new Set(changes.map((c) => c.source))].join(', ')
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title ?? `tradecontrols list changes${scope ? `: ${scope}` : ''}`,
    description:
      'Entries added to, removed from, changed on and moved between restricted-party lists, version by version.',
    items,
  }
  if (options.homePageUrl) feed.home_page_url = options.homePageUrl
  if (options.feedUrl) feed.feed_url = options.feedUrl
  return feed
}

function feedItem(c: RecordedChange, list: string | undefined, max: number): JsonFeedItem | undefined {
  const d = c.diff
  const on = (l: string) => list === undefined || l === list
  const added = d.added.filter((e) => on(e.list))
  const removed = d.removed.filter((e) => on(e.list))
  const moved = d.moved.filter((m) => on(m.from) || on(m.to))
  const changed = d.changed.filter((e) => on(e.new.list))
  if (list !== undefined && added.length + removed.length + moved.length + changed.length === 0)
    return undefined
  const counts = `${fmt(added.length)} added, ${fmt(removed.length)} removed, ${fmt(changed.length)} changed, ${fmt(moved.length)} moved`
  const lines = [
    `${c.source}${list ? ` / ${list}` : ''}: ${d.old.published ?? '?'} -> ${d.new.published ?? '?'}: ${counts}`,
  ]
  for (const m of moved.slice(0, max))
    lines.push(`moved ${m.from} -> ${m.to} (${m.kind}): ${entryLabel(m.new)}`)
  for (const e of removed.slice(0, max)) lines.push(`removed from ${e.list}: ${entryLabel(e)}`)
  for (const e of added.slice(0, max)) lines.push(`added to ${e.list}: ${entryLabel(e)}`)
  for (const e of changed.slice(0, max))
    lines.push(
      `changed on ${e.new.list}: ${entryLabel(e.new)} (${e.changes
        .filter((x) => !x.cosmetic)
        .map((x) => x.field)
        .join(', ')})`,
    )
  const ref = ({ entityId, list: l, sourceId, name, countries }: EntryRef): EntryRef => ({
    entityId,
    list: l,
    sourceId,
    name,
    countries,
  })
  const summary =
    list === undefined
      ? d.summary
      : {
          ...d.summary,
          added: added.length,
          removed: removed.length,
          changed: changed.length,
          moved: moved.length,
        }
  return {
    id: list ? `${c.id}:${list}` : c.id,
    title: `${c.source}${list ? ` ${list}` : ''} ${d.new.published ?? c.createdAt.slice(0, 10)}: ${counts}`,
    content_text: lines.join('\n'),
    date_published: c.createdAt,
    tags: tags([
      ...added.map((e) => e.list),
      ...removed.map((e) => e.list),
      ...moved.flatMap((m) => [m.from, m.to, m.kind]),
      ...changed.map((e) => e.new.list),
    ]),
    _tradecontrols: {
      source: c.source,
      ...(list ? { list } : {}),
      fromVersionId: c.fromVersionId,
      toVersionId: c.toVersionId,
      published: { old: d.old.published, new: d.new.published },
      summary,
      byList:
        list === undefined
          ? d.byList
          : Object.fromEntries(Object.entries(d.byList).filter(([l]) => l === list)),
      added: added.slice(0, max).map(ref),
      removed: removed.slice(0, max).map(ref),
      moved: moved.slice(0, max).map((m) => ({
        from: m.from,
        to: m.to,
        kind: m.kind,
        name: m.new.name,
        countries: m.new.countries,
        entityId: m.new.entityId,
      })),
      changed: changed.slice(0, max).map((e) => ({
        name: e.new.name,
        list: e.new.list,
        fields: e.changes.filter((x) => !x.cosmetic).map((x) => x.field),
        entityId: e.new.entityId,
      })),
      truncated: [added, removed, moved, changed].some((xs) => xs.length > max),
    },
  }
}

const tags = (values: readonly string[]): string[] => [...new Set(values)].sort()
