import { createRoute, z } from '@hono/zod-openapi'
import { TcError } from '../../errors.js'
import { changeFeed } from '../../service/changes/change-feed.js'
import { changeSummaries } from '../../service/changes/change-summaries.js'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { authErrors, inputErrors, jsonContent, notFound } from '../schemas/common.js'

const Counts = z.record(z.string(), z.record(z.string(), z.number()))

const ChangeSummarySchema = z
  .object({
    id: z.string(),
    source: z.string(),
    fromVersionId: z.string(),
    toVersionId: z.string(),
    createdAt: z.string(),
    from: z.string().nullable().openapi({ description: 'Publication date of the older version' }),
    to: z.string().nullable().openapi({ description: 'Publication date of the newer version' }),
    summary: z.record(z.string(), z.number()).openapi({ description: 'added, removed, changed, moved, ...' }),
    byList: Counts,
    byCountry: Counts,
  })
  .openapi('ChangeSummary')

const source = z.string().max(60).optional()

/** Recorded list changes (from `lists update`): summaries for charts, one full diff, and the JSON Feed. */
export function registerChanges(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const summaries = createRoute({
    method: 'get',
    path: '/v1/lists/changes',
    tags: ['lists'],
    summary:
      'Recorded list changes, oldest first: counts added, removed, changed and moved, by list and by country',
    security: SECURED,
    request: {
      query: z.strictObject({ source, limit: z.coerce.number().int().min(1).max(500).optional() }),
    },
    responses: {
      200: jsonContent(z.object({ changes: z.array(ChangeSummarySchema) }), 'Changes'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(summaries, async (c) => {
    const q = c.req.valid('query')
    const changes = await changeSummaries(store, {
      ...(q.source ? { source: q.source } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
    })
    return c.json({ changes }, 200)
  })

  const diff = createRoute({
    method: 'get',
    path: '/v1/lists/diff',
    tags: ['lists'],
    summary:
      'The recorded diff between two versions: every entry added, removed, changed or moved, with fields',
    security: SECURED,
    request: { query: z.strictObject({ from: z.string().min(1).max(100), to: z.string().min(1).max(100) }) },
    responses: {
      200: jsonContent(z.record(z.string(), z.unknown()).openapi('ListDiff'), 'The diff'),
      ...inputErrors,
      ...authErrors,
      ...notFound,
    },
  })
  app.openapi(diff, async (c) => {
    const { from, to } = c.req.valid('query')
    const change = await store.changes.get(from, to)
    if (!change)
      throw new TcError('TC_NOT_FOUND', `no recorded change from ${from} to ${to}`, { field: 'to' })
    return c.json(change.diff as unknown as Record<string, unknown>, 200)
  })

  const feed = createRoute({
    method: 'get',
    path: '/v1/lists/feed.json',
    tags: ['lists'],
    summary: 'The list changes as a JSON Feed 1.1 (all lists, one source, or one list)',
    security: SECURED,
    request: {
      query: z.strictObject({
        source,
        list: z.string().max(10).optional(),
        limit: z.coerce.number().int().min(1).max(200).optional(),
      }),
    },
    responses: {
      200: jsonContent(z.record(z.string(), z.unknown()).openapi('JsonFeed'), 'JSON Feed 1.1'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(feed, async (c) => {
    const q = c.req.valid('query')
    const body = await changeFeed(store, {
      ...(q.source ? { source: q.source } : {}),
      ...(q.list ? { list: q.list.toUpperCase() } : {}),
      ...(q.limit ? { limit: q.limit } : {}),
      baseUrl: `${new URL(c.req.url).origin}/v1/lists`,
    })
    c.header('Content-Type', 'application/feed+json')
    return c.json(body as unknown as Record<string, unknown>, 200)
  })
}
