import { createRoute, z } from '@hono/zod-openapi'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { authErrors, inputErrors, jsonContent } from '../schemas/common.js'

const AuditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string().openapi({ example: 'alert.decided' }),
    subject: z.string().openapi({ description: 'What it happened to: an alert, rule, key or version id' }),
    details: z.record(z.string(), z.unknown()),
    prevHash: z.string(),
    hash: z.string(),
  })
  .openapi('AuditEntry')

const VerifySchema = z
  .union([
    z.object({ ok: z.literal(true), entries: z.number(), lastSeq: z.number(), lastHash: z.string() }),
    z.object({ ok: z.literal(false), entries: z.number(), firstBad: z.number(), problem: z.string() }),
  ])
  .openapi('AuditVerification')

/** The hash-chained audit log for reviewers and admins: read it a page at a time, and verify the chain. */
export function registerAudit(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  const log = createRoute({
    method: 'get',
    path: '/v1/audit',
    tags: ['review'],
    summary: 'Audit entries, oldest first, a page at a time (reviewer)',
    description:
      'Pass the `nextAfterSeq` of one page as `afterSeq` to get the next; it is absent on the last.',
    security: SECURED,
    middleware: [reviewer] as const,
    request: {
      query: z.strictObject({
        afterSeq: z.coerce.number().int().min(0).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional().openapi({ description: 'Default 100' }),
        action: z.string().max(60).optional().openapi({ example: 'allow.revoked' }),
        subject: z.string().max(300).optional(),
      }),
    },
    responses: {
      200: jsonContent(
        z.object({ entries: z.array(AuditEntrySchema), nextAfterSeq: z.number().int().optional() }),
        'Entries',
      ),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(log, async (c) => {
    const q = c.req.valid('query')
    const limit = q.limit ?? 100
    const entries = await store.audit.list({
      limit,
      ...(q.afterSeq === undefined ? {} : { afterSeq: q.afterSeq }),
      ...(q.action ? { action: q.action } : {}),
      ...(q.subject ? { subjects: [q.subject] } : {}),
    })
    const last = entries.at(-1)
    return c.json({ entries, ...(entries.length === limit && last ? { nextAfterSeq: last.seq } : {}) }, 200)
  })

  const verify = createRoute({
    method: 'get',
    path: '/v1/audit/verify',
    tags: ['review'],
    summary: 'Verify the whole hash chain; names the first edited, deleted or reordered entry (reviewer)',
    security: SECURED,
    middleware: [reviewer] as const,
    responses: { 200: jsonContent(VerifySchema, 'The chain status'), ...authErrors },
  })
  app.openapi(verify, async (c) => c.json(await store.audit.verify(), 200))
}
