import { createRoute, z } from '@hono/zod-openapi'
import { ROLES } from '../../auth/roles.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { jsonBody } from '../middleware/json-body.js'
import { authErrors, conflict, inputErrors, jsonContent, notFound } from '../schemas/common.js'

const KeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string().openapi({ description: 'The start of the key text, to recognise it by' }),
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey')

const MeSchema = z.object({ keyId: z.string(), name: z.string(), role: z.enum(ROLES) }).openapi('Caller')

export function registerKeys(app: ApiApp, ctx: RouteContext): void {
  const me = createRoute({
    method: 'get',
    path: '/v1/me',
    tags: ['keys'],
    summary: 'The key this request was made with: its name and role',
    security: SECURED,
    responses: { 200: jsonContent(MeSchema, 'The caller'), ...authErrors },
  })
  app.openapi(me, (c) => c.json(c.get('caller'), 200))

  const list = createRoute({
    method: 'get',
    path: '/v1/keys',
    tags: ['keys'],
    summary: 'API keys (admin); revoked ones with ?revoked=true',
    security: SECURED,
    middleware: [requireRole('admin')] as const,
    request: { query: z.strictObject({ revoked: z.enum(['true', 'false']).optional() }) },
    responses: {
      200: jsonContent(z.object({ keys: z.array(KeySchema) }), 'Keys'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(list, async (c) => {
    const keys = await ctx.deps.store.keys.list({ includeRevoked: c.req.valid('query').revoked === 'true' })
    return c.json({ keys }, 200)
  })

  const create = createRoute({
    method: 'post',
    path: '/v1/keys',
    tags: ['keys'],
    summary: 'Create a key (admin). The key text is in this answer only; it is stored hashed',
    security: SECURED,
    middleware: [requireRole('admin'), jsonBody(ctx.options.maxBodyBytes)] as const,
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: z.strictObject({ name: z.string().max(100), role: z.enum(ROLES) }) },
        },
      },
    },
    responses: {
      201: jsonContent(z.object({ key: KeySchema, secret: z.string() }), 'The new key and its text'),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(create, async (c) => {
    const { name, role } = c.req.valid('json')
    const created = await ctx.deps.store.keys.create({ name, role, actor: actorOf(c.get('caller')) })
    return c.json(created, 201)
  })

  const revoke = createRoute({
    method: 'delete',
    path: '/v1/keys/{id}',
    tags: ['keys'],
    summary: 'Revoke a key (admin); in force nowhere within the key cache time',
    security: SECURED,
    middleware: [requireRole('admin')] as const,
    request: { params: z.object({ id: z.string().max(40) }) },
    responses: {
      200: jsonContent(z.object({ key: KeySchema }), 'The revoked key'),
      ...authErrors,
      ...notFound,
      ...conflict,
    },
  })
  app.openapi(revoke, async (c) => {
    const key = await ctx.deps.store.keys.revoke(c.req.valid('param').id, actorOf(c.get('caller')))
    ctx.keyCache.clear()
    return c.json({ key }, 200)
  })
}
