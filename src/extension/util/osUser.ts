// The operating-system user name, the default analyst name of new tags and
// imported annotations. Desktop and remote hosts have one; the web worker has
// no `process` at all.

export function osUser(): string | undefined {
  if (typeof process === 'undefined') return undefined;
  return process.env.USER ?? process.env.USERNAME;
}
