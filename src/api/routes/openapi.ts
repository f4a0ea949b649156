import { VERSION } from '../../version.js'
import type { ApiApp } from '../context.js'

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate the requests. */
export function openApiDocument(app: ApiApp): ReturnType<ApiApp['getOpenAPI31Document']> {
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key from `tradecontrols keys create`; `X-API-Key: KEY` works too.',
  })
  return app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'tradecontrols API',
      version: VERSION,
      description:
        'Restricted-party screening, EAR licence determination, list status and batch jobs over the lists in force. Every /v1 route ' +
        'takes an API key with a role (screener < reviewer < admin). Errors are `{"error":{"code","message","field"}}`.',
      license: { name: 'Apache-2.0' },
    },
    tags: [
      { name: 'screening', description: 'Screen one party or a file of parties' },
      { name: 'licensing', description: 'EAR licence determination with reasons and citations' },
      {
        name: 'review',
        description:
          'The review queue: alerts, decisions, four-eyes confirmations, allow rules, the audit log, evidence reports (reviewer role)',
      },
      {
        name: 'monitoring',
        description:
          'Saved counterparties, re-screened on every list change, and the alerts that raises (reviewer role)',
      },
      { name: 'lists', description: 'The list versions in force and stored' },
      { name: 'keys', description: 'API keys and the caller' },
      { name: 'operations', description: 'Liveness and readiness (no key needed)' },
    ],
  })
}

export function registerOpenApi(app: ApiApp): void {
  let cached: unknown
  app.get('/openapi.json', (c) => {
    cached ??= openApiDocument(app)
    return c.json(cached)
  })
}
