import { createRoute, z } from '@hono/zod-openapi'
import { TcError } from '../../errors.js'
import { OPEN_STATUSES } from '../../model/alert.js'
import { confirmAlert, decideAlert } from '../../service/review.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { jsonBody } from '../middleware/json-body.js'
import { authErrors, conflict, inputErrors, jsonContent, notFound } from '../schemas/common.js'
import { IdParam, ReasonSchema as reason } from '../schemas/review.js'

const STATUSES = ['open', 'pending-confirmation', 'escalated', 'closed', 'suppressed'] as const

const AlertSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    kind: z.string(),
    status: z.enum(STATUSES),
    subject: z.unknown(),
    entityId: z.string(),
    list: z.string(),
    entityName: z.string(),
    matchedName: z.string(),
    score: z.number(),
    countries: z.array(z.string()),
    recordId: z.string().optional(),
    note: z.string().optional(),
    assignee: z.string().optional(),
    decision: z.string().optional(),
    decisionReason: z.string().optional(),
    decidedBy: z.string().optional(),
    confirmedBy: z.string().optional(),
  })
  .openapi('Alert')

/** The review queue for reviewers and admins: list and read alerts, decide them, confirm releases. */
export function registerAlerts(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  const list = createRoute({
    method: 'get',
    path: '/v1/alerts',
    tags: ['review'],
    summary: 'The review queue, filtered (reviewer)',
    security: SECURED,
    middleware: [reviewer] as const,
    request: {
      query: z.strictObject({
        status: z.enum(STATUSES).optional().openapi({ description: 'Default: open, escalated, pending' }),
        list: z.string().max(10).optional(),
        country: z.string().length(2).optional(),
        minScore: z.coerce.number().min(0).max(1).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
    },
    responses: {
      200: jsonContent(z.object({ alerts: z.array(AlertSchema) }), 'Alerts'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(list, async (c) => {
    const q = c.req.valid('query')
    const alerts = await store.alerts.list({
      status: q.status ? [q.status] : [...OPEN_STATUSES],
      ...(q.list ? { list: q.list.toUpperCase() } : {}),
      ...(q.country ? { country: q.country.toUpperCase() } : {}),
      ...(q.minScore === undefined ? {} : { minScore: q.minScore }),
      limit: q.limit ?? 100,
    })
    return c.json({ alerts }, 200)
  })

  const get = createRoute({
    method: 'get',
    path: '/v1/alerts/{id}',
    tags: ['review'],
    summary: 'One alert with its history (reviewer)',
    security: SECURED,
    middleware: [reviewer] as const,
    request: { params: IdParam },
    responses: {
      200: jsonContent(z.object({ alert: AlertSchema, events: z.array(z.unknown()) }), 'The alert'),
      ...authErrors,
      ...notFound,
    },
  })
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param')
    const found = await store.alerts.get(id)
    if (!found) throw new TcError('TC_NOT_FOUND', `no alert ${id}`, { field: 'id' })
    return c.json({ alert: found.alert, events: await store.alerts.events(id) }, 200)
  })

  const decide = createRoute({
    method: 'post',
    path: '/v1/alerts/{id}/decision',
    tags: ['review'],
    summary: 'Decide an alert with a mandatory reason (reviewer); four-eyes releases wait for a confirmation',
    security: SECURED,
    middleware: [reviewer, jsonBody(ctx.options.maxBodyBytes)] as const,
    request: {
      params: IdParam,
      body: {
        required: true,
        content: {
          'application/json': {
            schema: z.strictObject({
              decision: z.enum(['true-match', 'false-positive', 'escalate']),
              reason,
              allow: z
                .strictObject({
                  expiresAt: z
                    .string()
                    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
                    .optional(),
                })
                .optional()
                .openapi({ description: 'With false-positive: an allow rule for exactly this entry' }),
            }),
          },
        },
      },
    },
    responses: {
      200: jsonContent(AlertSchema, 'The alert, decided'),
      ...inputErrors,
      ...authErrors,
      ...notFound,
      ...conflict,
    },
  })
  app.openapi(decide, async (c) => {
    const { decision, reason: why, allow } = c.req.valid('json')
    const settings = await store.settings.all()
    const engine = ctx.engine()
    const alert = await decideAlert(
      store,
      c.req.valid('param').id,
      {
        decision,
        reason: why,
        actor: actorOf(c.get('caller')),
        ...(allow ? { allow: allow.expiresAt ? { expiresAt: allow.expiresAt } : {} } : {}),
      },
      { fourEyes: settings['review.four-eyes'] },
      (id) => engine.entity(id),
      ctx.deps.now(),
    )
    return c.json(alert, 200)
  })

  const confirm = createRoute({
    method: 'post',
    path: '/v1/alerts/{id}/confirmation',
    tags: ['review'],
    summary: 'Confirm or reject a release another reviewer decided (four-eyes; reviewer)',
    security: SECURED,
    middleware: [reviewer, jsonBody(ctx.options.maxBodyBytes)] as const,
    request: {
      params: IdParam,
      body: {
        required: true,
        content: { 'application/json': { schema: z.strictObject({ approve: z.boolean(), reason }) } },
      },
    },
    responses: {
      200: jsonContent(AlertSchema, 'The alert'),
      ...inputErrors,
      ...authErrors,
      ...notFound,
      ...conflict,
    },
  })
  app.openapi(confirm, async (c) => {
    const { approve, reason: why } = c.req.valid('json')
    const engine = ctx.engine()
    const alert = await confirmAlert(
      store,
      c.req.valid('param').id,
      { actor: actorOf(c.get('caller')), approve, reason: why },
      (id) => engine.entity(id),
      ctx.deps.now(),
    )
    return c.json(alert, 200)
  })
}
