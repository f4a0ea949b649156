import { z } from '@hono/zod-openapi'
import { LIST_CODES } from '../../model/entity.js'

export const BatchJobSchema = z
  .object({
    id: z.string(),
    owner: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    format: z.enum(['jsonl', 'csv']),
    fileName: z.string(),
    settings: z.object({ threshold: z.number().optional(), lists: z.array(z.string()).optional() }),
    total: z.number().int(),
    done: z.number().int(),
    matched: z.number().int(),
    bad: z.number().int(),
    error: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    finishedAt: z.string().nullable(),
    stalled: z.boolean().openapi({
      description: 'Running but without progress for a minute (the instance running it stopped)',
    }),
  })
  .openapi('BatchJob')

const listCodes = new Set(Object.keys(LIST_CODES))

export const BatchQuerySchema = z.strictObject({
  format: z.enum(['jsonl', 'csv']).optional().openapi({ description: 'Default: from the content type' }),
  name: z
    .string()
    .max(200)
    .regex(/^[^\u0000-\u001f/\\]+$/, 'must be a plain file name')
    .optional()
    .openapi({ description: 'File name, for the job list and row errors' }),
  threshold: z.coerce.number().min(0).max(1).optional(),
  lists: z
    .string()
    .max(200)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim().toUpperCase())
        .filter(Boolean),
    )
    .refine((codes) => codes.length > 0 && codes.every((c) => listCodes.has(c)), 'has an unknown list code')
    .optional()
    .openapi({ description: 'Comma-separated list codes, e.g. EL,SDN' }),
})

export const ResultsQuerySchema = z.strictObject({
  format: z.enum(['jsonl', 'csv']).optional().openapi({ description: 'Default jsonl' }),
})
