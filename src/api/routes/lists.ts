import { createRoute, z } from '@hono/zod-openapi'
import { DEFAULT_MAX_AGE_DAYS, listsStatus } from '../../service/lists-status.js'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { authErrors, inputErrors, jsonContent } from '../schemas/common.js'

const StatusRow = z
  .object({
    source: z.string(),
    versionId: z.string(),
    published: z.string().nullable(),
    retrieved: z.string(),
    ageDays: z.number().int().nullable(),
    stale: z.boolean(),
    records: z.number().int(),
    issues: z.number().int(),
    lists: z.record(z.string(), z.number().int()),
  })
  .openapi('ListStatus')

const StatusSchema = z
  .object({ today: z.string(), maxAgeDays: z.number().int(), lists: z.array(StatusRow) })
  .openapi('ListsStatus')

const VersionSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    format: z.string(),
    published: z.string().nullable(),
    retrieved: z.string(),
    contentHash: z.string(),
    recordCount: z.number().int(),
    issueCount: z.number().int(),
    createdAt: z.string(),
    active: z.boolean(),
  })
  .openapi('ListVersion')

export function registerLists(app: ApiApp, ctx: RouteContext): void {
  const status = createRoute({
    method: 'get',
    path: '/v1/lists/status',
    tags: ['lists'],
    summary: 'The lists in force: publication date, age, record counts per list',
    security: SECURED,
    request: {
      query: z.strictObject({
        maxAge: z.coerce
          .number()
          .int()
          .min(0)
          .max(3650)
          .optional()
          .openapi({
            description: `Flag lists older than this many days (default ${DEFAULT_MAX_AGE_DAYS})`,
          }),
      }),
    },
    responses: { 200: jsonContent(StatusSchema, 'Lists status'), ...inputErrors, ...authErrors },
  })
  app.openapi(status, async (c) => {
    const { maxAge } = c.req.valid('query')
    return c.json(await listsStatus(ctx.deps.store, ctx.deps.now(), maxAge ?? DEFAULT_MAX_AGE_DAYS), 200)
  })

  const versions = createRoute({
    method: 'get',
    path: '/v1/lists/versions',
    tags: ['lists'],
    summary: 'Every stored version of every source (or of one), oldest first',
    security: SECURED,
    request: { query: z.strictObject({ source: z.string().max(100).optional() }) },
    responses: {
      200: jsonContent(z.object({ versions: z.array(VersionSchema) }), 'Stored versions'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(versions, async (c) => {
    const { source } = c.req.valid('query')
    const all = await ctx.deps.store.listVersions(source)
    return c.json(
      {
        versions: all.map(({ origin: _origin, published, ...v }) => ({ ...v, published: published ?? null })),
      },
      200,
    )
  })
}
