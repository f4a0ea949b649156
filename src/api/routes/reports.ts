import { createRoute, z } from '@hono/zod-openapi'
import { isTcError, TcError } from '../../errors.js'
import { type AnyReport, REPORT_FORMATS, type ReportFormat, renderReport } from '../../report/render.js'
import { alertReport, counterpartyReport } from '../../service/evidence-report.js'
import { systemReportFonts } from '../../service/report-fonts.js'
import { counterpartyRef, dayPeriod } from '../../service/report-request.js'
import { periodSummary } from '../../service/summary-report.js'
import { type ApiApp, actorOf, type RouteContext, SECURED } from '../context.js'
import { requireRole } from '../middleware/auth.js'
import { authErrors, inputErrors, notFound } from '../schemas/common.js'
import { IdParam } from '../schemas/review.js'

const format = z
  .enum(REPORT_FORMATS as [ReportFormat, ...ReportFormat[]])
  .optional()
  .openapi({ description: 'pdf, csv or json (default json)' })
const day = z.string().max(10).openapi({ example: '2026-01-01', description: 'YYYY-MM-DD (UTC)' })

const download = {
  200: {
    description: 'The report as an attachment (`Content-Disposition`), in the format asked for',
    content: {
      'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      'text/csv': { schema: z.string() },
      'application/json': { schema: z.unknown() },
    },
  },
}

/** Evidence reports as `tradecontrols report` makes them: per alert, per counterparty, per period (reviewer). */
export function registerReports(app: ApiApp, ctx: RouteContext): void {
  const store = ctx.deps.store
  const reviewer = requireRole('reviewer')

  /** Renders a report as a file; the library's not-found names its CLI argument, so it is renamed here. */
  const send = async (
    actor: string,
    build: (rc: { now: Date; actor: string }) => Promise<AnyReport>,
    file: { name: string; notFoundField: string; format: ReportFormat },
  ): Promise<Response> => {
    const report = await build({ now: ctx.deps.now(), actor }).catch((e) => {
      throw isTcError(e) && e.code === 'TC_NOT_FOUND'
        ? new TcError(e.code, e.message, { field: file.notFoundField })
        : e
    })
    const fonts = file.format === 'pdf' ? { fonts: systemReportFonts() } : {}
    const rendered = await renderReport(report, file.format, fonts)
    const safe = file.name.replace(/[^\w.-]+/g, '_')
    return new Response(rendered.body, {
      status: 200,
      headers: {
        'content-type': rendered.contentType,
        'content-disposition': `attachment; filename="${safe}.${rendered.extension}"`,
      },
    })
  }

  const alert = createRoute({
    method: 'get',
    path: '/v1/reports/alerts/{id}',
    tags: ['review'],
    summary: 'Evidence for one alert: query, match and explanation, entry, data versions, decision trail',
    security: SECURED,
    middleware: [reviewer] as const,
    request: { params: IdParam, query: z.strictObject({ format }) },
    responses: { ...download, ...inputErrors, ...authErrors, ...notFound },
  })
  app.openapi(alert, async (c) => {
    const { id } = c.req.valid('param')
    const as = c.req.valid('query').format ?? 'json'
    return send(actorOf(c.get('caller')), (rc) => alertReport(store, id, rc), {
      name: `alert-${id}`,
      notFoundField: 'id',
      format: as,
    })
  })

  const counterparty = createRoute({
    method: 'get',
    path: '/v1/reports/counterparty',
    tags: ['review'],
    summary: 'Evidence for every alert of one counterparty: a saved one (`id`) or a screened name (`name`)',
    security: SECURED,
    middleware: [reviewer] as const,
    request: {
      query: z.strictObject({
        id: z.string().max(200).optional().openapi({ description: "The counterparty's id in your records" }),
        name: z.string().max(600).optional().openapi({ description: 'The name as screened' }),
        country: z.string().max(10).optional().openapi({ description: 'With name: as screened' }),
        dob: z.string().max(10).optional().openapi({ description: 'With name: as screened' }),
        format,
      }),
    },
    responses: { ...download, ...inputErrors, ...authErrors, ...notFound },
  })
  app.openapi(counterparty, async (c) => {
    const { format: as = 'json', ...input } = c.req.valid('query')
    const ref = counterpartyRef(input, '')
    const label = 'counterpartyId' in ref ? ref.counterpartyId : ref.query.name
    return send(actorOf(c.get('caller')), (rc) => counterpartyReport(store, ref, rc), {
      name: `counterparty-${label}`.slice(0, 80),
      notFoundField: 'counterpartyId' in ref ? 'id' : 'name',
      format: as,
    })
  })

  const summary = createRoute({
    method: 'get',
    path: '/v1/reports/summary',
    tags: ['review'],
    summary: 'A period: screenings, hits, alerts raised, decisions, time to decision, open alerts by age',
    security: SECURED,
    middleware: [reviewer] as const,
    request: { query: z.strictObject({ from: day, to: day, format }) },
    responses: { ...download, ...inputErrors, ...authErrors },
  })
  app.openapi(summary, async (c) => {
    const q = c.req.valid('query')
    const period = dayPeriod(q.from, q.to, '')
    return send(actorOf(c.get('caller')), (rc) => periodSummary(store, period, rc), {
      name: `summary-${q.from}-to-${q.to}`,
      notFoundField: 'from',
      format: q.format ?? 'json',
    })
  })
}
