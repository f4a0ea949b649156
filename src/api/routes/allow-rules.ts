import { createRoute, z } from '@hono/zod-openapi'
import type { AllowRule } from '../../model/alert.js'
import type { EntityFacts } from '../../review/entity-facts.js'
import { revokeRule } from '../../service/review.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { jsonBody } from '../middleware/json-body.js'
import {
  authErrors,
  conflict,
  DEFAULT_PAGE,
  inputErrors,
  jsonContent,
  nextAfterId,
  notFound,
  PAGED_BY_ID,
  PageByIdQuery,
} from '../schemas/common.js'
import { IdParam, ReasonSchema } from '../schemas/review.js'

const STATUSES = ['active', 'expired', 'revoked', 'lapsed'] as const

const AllowRuleSchema = z
  .object({
    id: z.string(),
    status: z.enum(STATUSES),
    entityId: z.string(),
    entityName: z.string().openapi({ description: 'The listed name when the rule was made' }),
    list: z.string(),
    subjectKey: z
      .string()
      .openapi({ description: '`cp:ID` for a saved counterparty, `q:name|country|dob` for a screened name' }),
    createdBy: z.string(),
    createdAt: z.string(),
    reason: z.string(),
    expiresAt: z.string().optional(),
    endedAt: z.string().optional(),
    endReason: z.string().optional(),
    alertId: z.string().optional(),
  })
  .openapi('AllowRule')

type AllowRuleView = z.infer<typeof AllowRuleSchema>

/** A rule as the API shows it: the entry's name and list from the snapshot, without the snapshot itself. */
function ruleView(rule: AllowRule): AllowRuleView {
  const { entitySnapshot, entityFingerprint: _, subjectKey, ...rest } = rule
  const facts = entitySnapshot as Partial<EntityFacts> | undefined
  return { ...rest, subjectKey, entityName: facts?.name ?? rule.entityId, list: facts?.list ?? '' }
}

/** Allow rules (durable false positives) for reviewers: list them by status, revoke one with a reason. */
export function registerAllowRules(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  const list = createRoute({
    method: 'get',
    path: '/v1/allow-rules',
    tags: ['review'],
    summary: 'Allow rules, every status unless one is asked for, oldest first, a page at a time (reviewer)',
    description: PAGED_BY_ID,
    security: SECURED,
    middleware: [reviewer] as const,
    request: {
      query: z.strictObject({ status: z.enum(STATUSES).optional(), ...PageByIdQuery }),
    },
    responses: {
      200: jsonContent(
        z.object({ rules: z.array(AllowRuleSchema), nextAfterId: z.string().optional() }),
        'Rules',
      ),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(list, async (c) => {
    const { status, afterId } = c.req.valid('query')
    const limit = c.req.valid('query').limit ?? DEFAULT_PAGE
    const rules = await store.alerts.rules({
      ...(status ? { status } : {}),
      ...(afterId ? { afterId } : {}),
      limit,
    })
    return c.json({ rules: rules.map(ruleView), ...nextAfterId(rules, limit) }, 200)
  })

  const revoke = createRoute({
    method: 'post',
    path: '/v1/allow-rules/{id}/revoke',
    tags: ['review'],
    summary: 'Revoke an active allow rule with a mandatory reason; audited (reviewer)',
    description: 'Alerts it suppressed stay as they are; the next screening of the party raises a new one.',
    security: SECURED,
    middleware: [reviewer, jsonBody(ctx.options.maxBodyBytes)] as const,
    request: {
      params: IdParam,
      body: {
        required: true,
        content: { 'application/json': { schema: z.strictObject({ reason: ReasonSchema }) } },
      },
    },
    responses: {
      200: jsonContent(AllowRuleSchema, 'The rule, revoked'),
      ...inputErrors,
      ...authErrors,
      ...notFound,
      ...conflict,
    },
  })
  app.openapi(revoke, async (c) => {
    const rule = await revokeRule(
      store,
      c.req.valid('param').id,
      { actor: actorOf(c.get('caller')), reason: c.req.valid('json').reason },
      ctx.deps.now(),
    )
    return c.json(ruleView(rule), 200)
  })
}
