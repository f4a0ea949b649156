import { createRoute, z } from '@hono/zod-openapi'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { authErrors, inputErrors, jsonContent } from '../schemas/common.js'

const WatchAlertSchema = z
  .object({
    id: z.string(),
    counterpartyId: z.string(),
    entityId: z.string(),
    list: z.string(),
    source: z.string(),
    score: z.number(),
    countries: z.array(z.string()),
    kind: z.enum(['new', 'cleared', 'changed']),
    status: z.string(),
    createdAt: z.string(),
    versionId: z.string(),
    previousVersionId: z.string().optional(),
    details: z.object({
      counterpartyName: z.string(),
      entityName: z.string(),
      matchedName: z.string().optional(),
      reason: z.string().openapi({ example: 'newly listed on EL' }),
      previousEntityId: z.string().optional(),
      previousScore: z.number().optional(),
      previousList: z.string().optional(),
      move: z.object({ from: z.string(), to: z.string(), kind: z.string() }).optional(),
      changes: z.array(z.unknown()).optional(),
      stillListedOn: z.array(z.string()).optional(),
    }),
  })
  .openapi('WatchAlert')

/** Alerts that monitoring raised for saved counterparties (`tradecontrols watch alerts`), for reviewers. */
export function registerWatchAlerts(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  const alerts = createRoute({
    method: 'get',
    path: '/v1/watch-alerts',
    tags: ['monitoring'],
    summary: 'Alerts raised by list changes and imports for monitored counterparties, oldest first',
    security: SECURED,
    middleware: [reviewer] as const,
    request: {
      query: z.strictObject({
        kind: z.enum(['new', 'cleared', 'changed']).optional(),
        status: z.enum(['open', 'all']).optional().openapi({ description: 'Default open' }),
        counterpartyId: z.string().max(200).optional(),
        since: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
          .optional(),
        limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'Default 200' }),
      }),
    },
    responses: {
      200: jsonContent(z.object({ alerts: z.array(WatchAlertSchema) }), 'Watch alerts'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(alerts, async (c) => {
    const q = c.req.valid('query')
    const found = await store.watchAlerts.list({
      ...(q.status === 'all' ? {} : { status: 'open' }),
      ...(q.kind ? { kind: q.kind } : {}),
      ...(q.counterpartyId ? { counterpartyId: q.counterpartyId } : {}),
      ...(q.since ? { since: q.since } : {}),
      limit: q.limit ?? 200,
    })
    return c.json({ alerts: found }, 200)
  })
}
