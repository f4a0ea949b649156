/** Just enough of OpenAPI 3.1 to render a reference page. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  anyOf?: JsonSchema[]
  description?: string
  example?: unknown
  minimum?: number
  maximum?: number
  maxLength?: number
}

export interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  security?: unknown[]
  parameters?: Array<{
    name: string
    in: string
    required?: boolean
    description?: string
    schema?: JsonSchema
  }>
  requestBody?: { content: Record<string, { schema?: JsonSchema }> }
  responses: Record<string, { description: string }>
}

export interface OpenApiDoc {
  openapi: string
  info: { title: string; version: string; description?: string }
  tags: Array<{ name: string; description?: string }>
  paths: Record<string, Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', Operation>>>
  components?: { schemas?: Record<string, JsonSchema> }
}

function resolve(schema: JsonSchema, doc: OpenApiDoc): { schema: JsonSchema; name?: string } {
  if (!schema.$ref) return { schema }
  const name = schema.$ref.split('/').pop() ?? ''
  return { schema: doc.components?.schemas?.[name] ?? {}, name }
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ')
  if (s.type === 'array' && s.items) return `${typeOf(s.items)}[]`
  const t = Array.isArray(s.type) ? s.type.join(' | ') : (s.type ?? 'any')
  const range =
    s.minimum !== undefined || s.maximum !== undefined ? ` ${s.minimum ?? ''}..${s.maximum ?? ''}` : ''
  return `${t}${range}${s.maxLength ? ` ≤${s.maxLength} chars` : ''}`
}

/** A schema as a nested list of fields with their types; named schemas show their name. */
export function SchemaView({
  schema,
  doc,
  depth = 0,
}: {
  schema: JsonSchema | undefined
  doc: OpenApiDoc
  depth?: number
}) {
  if (!schema) return null
  const { schema: s, name } = resolve(schema, doc)
  const props =
    s.properties ?? (s.type === 'array' && s.items ? resolve(s.items, doc).schema.properties : undefined)
  return (
    <span class="schema">
      {name && <em class="schema-name">{name} </em>}
      {!props && <code>{typeOf(s)}</code>}
      {props && depth < 4 && (
        <ul>
          {Object.entries(props).map(([key, child]) => (
            <li key={key}>
              <code>{key}</code>
              {s.required?.includes(key) || resolve(s.items ?? {}, doc).schema.required?.includes(key) ? (
                <span class="req"> required</span>
              ) : null}{' '}
              <SchemaView schema={child} doc={doc} depth={depth + 1} />
              {child.description && <span class="desc"> — {child.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </span>
  )
}
