import { createRoute, z } from '@hono/zod-openapi'
import { stream } from 'hono/streaming'
import { roleAllows } from '../../auth/roles.js'
import { TcError } from '../../errors.js'
import { CSV_HEADER, formatResult } from '../../service/batch-output.js'
import { type ApiApp, type RouteContext, SECURED } from '../context.js'
import { sizeLimit } from '../middleware/json-body.js'
import { BatchJobSchema, BatchQuerySchema, ResultsQuerySchema } from '../schemas/batch.js'
import { authErrors, conflict, inputErrors, jsonContent, notFound, notReady } from '../schemas/common.js'
import type { ApiEnv } from '../types.js'
import { uploadFormat } from '../upload-format.js'

export function registerBatches(app: ApiApp, ctx: RouteContext): void {
  const find = async (c: { get(k: 'caller'): ApiEnv['Variables']['caller'] }, id: string) => {
    const job = await ctx.batches.view(id)
    const caller = c.get('caller')
    // Someone else's job is "not found", not "forbidden": ids are not confirmed to other keys.
    if (!job || (job.owner !== caller.keyId && !roleAllows(caller.role, 'admin')))
      throw new TcError('TC_NOT_FOUND', `no batch job ${id}`, { field: 'id' })
    return job
  }

  const submit = createRoute({
    method: 'post',
    path: '/v1/batches',
    tags: ['screening'],
    summary: 'Upload a CSV or JSONL file of parties; screening runs as a job',
    description:
      'Send the file as the body with `Content-Type: text/csv` or `application/x-ndjson` (or give `format`). ' +
      'CSV has a header with `name` and optionally `id,type,country,dob`; JSONL lines are objects with the same ' +
      'keys. A file that cannot be read at all is refused with 400; a bad row gets an error result in its place.',
    security: SECURED,
    middleware: [sizeLimit(ctx.options.maxUploadBytes)] as const,
    request: {
      query: BatchQuerySchema,
      body: {
        required: true,
        content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
      },
    },
    responses: {
      202: jsonContent(BatchJobSchema, 'The job, running'),
      ...inputErrors,
      ...authErrors,
      ...notReady,
    },
  })
  app.openapi(submit, async (c) => {
    const query = c.req.valid('query')
    const format = query.format ?? uploadFormat(c.req.header('content-type'))
    const engine = ctx.engine()
    const bytes = new Uint8Array(await c.req.arrayBuffer())
    const settings: { threshold?: number; lists?: string[] } = {}
    if (query.threshold !== undefined) settings.threshold = query.threshold
    if (query.lists !== undefined) settings.lists = query.lists
    const { job } = await ctx.batches.submit(engine, {
      owner: c.get('caller').keyId,
      fileName: query.name ?? `upload.${format}`,
      format,
      bytes,
      settings,
    })
    c.header('Location', `/v1/batches/${job.id}`)
    return c.json(job, 202)
  })

  const list = createRoute({
    method: 'get',
    path: '/v1/batches',
    tags: ['screening'],
    summary: 'Your batch jobs, newest first (all jobs for admins)',
    security: SECURED,
    responses: { 200: jsonContent(z.object({ jobs: z.array(BatchJobSchema) }), 'Jobs'), ...authErrors },
  })
  app.openapi(list, async (c) => {
    const caller = c.get('caller')
    const owner = roleAllows(caller.role, 'admin') ? {} : { owner: caller.keyId }
    const jobs = await ctx.batches.list(owner)
    return c.json({ jobs }, 200)
  })

  const get = createRoute({
    method: 'get',
    path: '/v1/batches/{id}',
    tags: ['screening'],
    summary: 'Progress of a batch job',
    security: SECURED,
    request: { params: z.object({ id: z.string().max(40) }) },
    responses: { 200: jsonContent(BatchJobSchema, 'The job'), ...authErrors, ...notFound },
  })
  app.openapi(get, async (c) => c.json(await find(c, c.req.valid('param').id), 200))

  const cancel = createRoute({
    method: 'delete',
    path: '/v1/batches/{id}',
    tags: ['screening'],
    summary:
      'Cancel a batch job: chunks not yet screened are dropped (the job then reads failed, error "cancelled")',
    security: SECURED,
    request: { params: z.object({ id: z.string().max(40) }) },
    responses: { 200: jsonContent(BatchJobSchema, 'The job, cancelled'), ...authErrors, ...notFound },
  })
  app.openapi(cancel, async (c) => {
    const { id } = c.req.valid('param')
    await find(c, id)
    await ctx.deps.store.jobs.cancel(id, ctx.deps.now())
    return c.json(await find(c, id), 200)
  })

  const results = createRoute({
    method: 'get',
    path: '/v1/batches/{id}/results',
    tags: ['screening'],
    summary: 'Download the results of a finished job, one line per input row in input order',
    security: SECURED,
    request: { params: z.object({ id: z.string().max(40) }), query: ResultsQuerySchema },
    responses: {
      200: {
        description: 'JSONL (`{"id","matches"}` or `{"id","error"}` per line) or CSV',
        content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
      },
      ...inputErrors,
      ...authErrors,
      ...notFound,
      ...conflict,
    },
  })
  app.openapi(results, async (c) => {
    const job = await find(c, c.req.valid('param').id)
    if (job.status !== 'done')
      throw new TcError('TC_CONFLICT', `job ${job.id} is ${job.status}`, { field: 'id' })
    const format = c.req.valid('query').format ?? 'jsonl'
    const base = job.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'batch'
    c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson')
    c.header('Content-Disposition', `attachment; filename="${base}-results.${format}"`)
    return stream(c, async (out) => {
      if (format === 'csv') await out.write(`${CSV_HEADER}\n`)
      for await (const result of ctx.batches.results(job.id)) {
        await out.write(`${formatResult(result, format)}\n`)
      }
    })
  })
}
