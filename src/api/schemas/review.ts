import { z } from '@hono/zod-openapi'

/** The id in the path of an alert or an allow rule. */
export const IdParam = z.object({ id: z.string().max(60) })

/** Every decision, confirmation and revocation says why; the audit log keeps it. */
export const ReasonSchema = z.string().trim().min(3, 'must say why (at least 3 characters)').max(2000)
