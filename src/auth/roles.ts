/**
 * API roles, each including the ones before it: a screener screens and reads lists; a reviewer also works the
 * review queue and decides alerts (issue 8); an admin also manages keys and configuration.
 */
export const ROLES = ['screener', 'reviewer', 'admin'] as const

export type Role = (typeof ROLES)[number]

export const isRole = (s: string): s is Role => (ROLES as readonly string[]).includes(s)

/** True when a caller with role `have` may do what needs role `need`. */
export function roleAllows(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need)
}
