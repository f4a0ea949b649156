import type { ApiError } from '../api.js'

/** The list codes users pick most; any code the API knows works in the API itself. */
export const COMMON_LISTS = ['EL', 'SDN', 'UVL', 'MEU', 'DPL', 'SSI', 'CMIC', 'FSE', 'ISN', 'DTC'] as const

export function ListPicker({ value, onChange }: { value: string[]; onChange: (lists: string[]) => void }) {
  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code])
  return (
    <fieldset class="lists">
      <legend>Only these lists (none ticked: all)</legend>
      {COMMON_LISTS.map((code) => (
        <label key={code} class="check">
          <input type="checkbox" checked={value.includes(code)} onChange={() => toggle(code)} /> {code}
        </label>
      ))}
    </fieldset>
  )
}

/** An API refusal, naming the field at fault, announced to screen readers. */
export function ErrorNote({ error }: { error: ApiError | null }) {
  if (!error) return null
  return (
    <p class="error" role="alert">
      {error.body.field ? (
        <>
          <strong>{error.body.field}</strong>: {error.body.message}
        </>
      ) : (
        error.body.message
      )}
    </p>
  )
}

/** A controlled form field: its element id, its text, and what to call when it changes. */
export interface FieldProps {
  id: string
  value: string
  onChange: (v: string) => void
}

/** The screening threshold (0..1); empty means the engine's calibrated default. */
export function ThresholdField({ id, value, onChange }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>Threshold</label>
      <input
        id={id}
        type="number"
        min={0}
        max={1}
        step={0.01}
        placeholder="default"
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}

/** The mandatory "why" of a decision or revocation; the API refuses fewer than 3 characters. */
export function ReasonField({ id, value, onChange }: FieldProps) {
  return (
    <div class="field wide">
      <label for={id}>Reason (required)</label>
      <textarea
        id={id}
        required
        minLength={3}
        rows={2}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </div>
  )
}

/** What just happened, announced to screen readers. */
export function Notice({ text }: { text: string }) {
  if (!text) return null
  return (
    <p class="notice" role="status">
      {text}
    </p>
  )
}
