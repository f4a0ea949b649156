import { Readable } from 'node:stream'
import { createRoute, z } from '@hono/zod-openapi'
import { TcError } from '../../errors.js'
import type { Counterparty } from '../../model/counterparty.js'
import { importCounterparties } from '../../service/changes/import-counterparties.js'
import { readCounterpartiesFrom } from '../../service/changes/read-counterparties.js'
import type { WatchOptions } from '../../service/changes/watch-context.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { jsonBody, sizeLimit } from '../middleware/json-body.js'
import {
  authErrors,
  DEFAULT_PAGE,
  inputErrors,
  jsonContent,
  nextAfterId,
  notFound,
  PAGED_BY_ID,
  PageByIdQuery,
} from '../schemas/common.js'
import {
  CounterpartyMatchSchema,
  ImportResultSchema,
  ImportSchema,
  StoredCounterpartySchema,
} from '../schemas/monitoring.js'
import { uploadFormat } from '../upload-format.js'

const replace = z
  .enum(['true', 'false'])
  .optional()
  .openapi({ description: 'true: also stop monitoring every counterparty not in this import' })

/** Monitored counterparties (what `tradecontrols watch` does), for reviewers: import, list, matches, alerts. */
export function registerCounterparties(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  const run = async (caller: Parameters<typeof actorOf>[0], rows: Counterparty[], replaceAll: boolean) => {
    const options: WatchOptions & { replace: boolean } = {
      factories: ctx.deps.factories,
      actor: actorOf(caller),
      now: () => ctx.deps.now(),
      endpoints: ctx.options.webhookUrls,
      replace: replaceAll,
    }
    const r = await importCounterparties(store, rows, options)
    return {
      imported: rows.length,
      added: r.added.length,
      updated: r.updated.length,
      unchanged: r.unchanged,
      removed: r.removed.length,
      screened: r.screening.screened,
      alerts: r.screening.alerts,
    }
  }

  const importJson = createRoute({
    method: 'post',
    path: '/v1/counterparties',
    tags: ['monitoring'],
    summary: 'Add or update monitored counterparties (a JSON array) and screen them (reviewer)',
    description:
      'Rows have the fields of a screening plus your own `id`. One bad row refuses the whole import (400 naming ' +
      '`<row index>.<field>`). Added and changed counterparties are screened against every list in force; new ' +
      'matches become watch alerts and open review alerts.',
    security: SECURED,
    middleware: [reviewer, jsonBody(ctx.options.maxUploadBytes)] as const,
    request: {
      query: z.strictObject({ replace }),
      body: { required: true, content: { 'application/json': { schema: ImportSchema } } },
    },
    responses: { 200: jsonContent(ImportResultSchema, 'What was imported'), ...inputErrors, ...authErrors },
  })
  app.openapi(importJson, async (c) => {
    const rows = c.req.valid('json').map(({ id, ...query }) => dropUndefined({ id, ...query }))
    return c.json(await run(c.get('caller'), rows, c.req.valid('query').replace === 'true'), 200)
  })

  const importFile = createRoute({
    method: 'post',
    path: '/v1/counterparties/import',
    tags: ['monitoring'],
    summary:
      'Add or update monitored counterparties from a CSV or JSONL file, as `watch import` reads it (reviewer)',
    description:
      'The body is the file (`Content-Type: text/csv` or `application/x-ndjson`, or give `format`), with the ' +
      'columns `id,name,type,country,dob`. One bad row refuses the whole file (400 naming `<name>:<line>:<field>`).',
    security: SECURED,
    middleware: [reviewer, sizeLimit(ctx.options.maxUploadBytes)] as const,
    request: {
      query: z.strictObject({
        format: z.enum(['csv', 'jsonl']).optional(),
        name: z.string().max(200).optional().openapi({ description: 'The file name, for error messages' }),
        replace,
      }),
      body: {
        required: true,
        content: { 'text/csv': { schema: z.string() }, 'application/x-ndjson': { schema: z.string() } },
      },
    },
    responses: { 200: jsonContent(ImportResultSchema, 'What was imported'), ...inputErrors, ...authErrors },
  })
  app.openapi(importFile, async (c) => {
    const q = c.req.valid('query')
    const format = q.format ?? uploadFormat(c.req.header('content-type'))
    const bytes = Buffer.from(await c.req.arrayBuffer())
    const file = await readCounterpartiesFrom(Readable.from([bytes]), format, q.name ?? `upload.${format}`)
    if (file.counterparties.length === 0)
      throw new TcError('TC_BAD_INPUT', 'has no counterparties', { field: 'body' })
    return c.json(await run(c.get('caller'), file.counterparties, q.replace === 'true'), 200)
  })

  const list = createRoute({
    method: 'get',
    path: '/v1/counterparties',
    tags: ['monitoring'],
    summary: 'Monitored counterparties in id order, a page at a time, with how many current matches each has',
    description: PAGED_BY_ID,
    security: SECURED,
    middleware: [reviewer] as const,
    request: { query: z.strictObject(PageByIdQuery) },
    responses: {
      200: jsonContent(
        z.object({
          total: z.number().int(),
          counterparties: z.array(StoredCounterpartySchema.extend({ matches: z.number().int() })),
          nextAfterId: z.string().optional(),
        }),
        'Counterparties',
      ),
      ...inputErrors,
      ...authErrors,
    },
  })
  app.openapi(list, async (c) => {
    const q = c.req.valid('query')
    const limit = q.limit ?? DEFAULT_PAGE
    const page = await store.watch.page(q.afterId, limit)
    const counts = new Map<string, number>()
    for (const m of await currentMatches(page.map((p) => p.id)))
      counts.set(m.counterpartyId, (counts.get(m.counterpartyId) ?? 0) + 1)
    return c.json(
      {
        total: await store.watch.count(),
        counterparties: page.map((p) => ({ ...p, matches: counts.get(p.id) ?? 0 })),
        ...nextAfterId(page, limit),
      },
      200,
    )
  })

  /** Matches on the versions in force of every source (a source's old matches go when it is re-screened). */
  const currentMatches = async (ids: readonly string[]) => {
    if (ids.length === 0) return []
    const sources = (await store.watch.states()).map((s) => s.source)
    return (await Promise.all(sources.map((s) => store.watch.matches(s, { counterpartyIds: ids })))).flat()
  }

  const get = createRoute({
    method: 'get',
    path: '/v1/counterparties/{id}',
    tags: ['monitoring'],
    summary: 'One monitored counterparty and its current matches, best first',
    security: SECURED,
    middleware: [reviewer] as const,
    request: { params: z.object({ id: z.string().max(200) }) },
    responses: {
      200: jsonContent(
        z.object({ counterparty: StoredCounterpartySchema, matches: z.array(CounterpartyMatchSchema) }),
        'The counterparty',
      ),
      ...authErrors,
      ...notFound,
    },
  })
  app.openapi(get, async (c) => {
    const { id } = c.req.valid('param')
    const [counterparty] = await store.watch.byIds([id])
    if (!counterparty) throw new TcError('TC_NOT_FOUND', `no counterparty ${id}`, { field: 'id' })
    const matches = (await currentMatches([id])).sort((a, b) => b.score - a.score)
    return c.json({ counterparty, matches: matches.map(({ counterpartyId: _, ...m }) => m) }, 200)
  })
}

function dropUndefined(row: Record<string, string | undefined>): Counterparty {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as Counterparty
}
