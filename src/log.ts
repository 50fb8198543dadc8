/**
 * Logging for untrusted text. The runner reads `::cmd::` at the start of a line and `##[cmd]` anywhere in a line
 * as workflow commands. Anything derived from the module, the registry or the user goes through `untrusted()` before
 * it reaches the log, so it can never become a command.
 */
const ZWSP = '\u200b';

/** Neutralise workflow-command syntax and control characters in one piece of untrusted text (stays one line). */
export function untrusted(text: string, maxLength = 500): string {
  let s = String(text);
  if (s.length > maxLength) s = s.slice(0, maxLength) + '…';
  // JSON-style escapes for control characters keep the text on one line and visible.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return '\\u' + code.toString(16).padStart(4, '0');
  });
  s = s.replace(/::/g, ':' + ZWSP + ':').replace(/##\[/g, '#' + ZWSP + '#[');
  return s;
}

/** Quote untrusted text for a message: `"…"` with the content neutralised. */
export function q(text: string, maxLength?: number): string {
  return '"' + untrusted(text, maxLength) + '"';
}

/**
 * Secrets: one registry for the whole process. `addSecret()` records a secret the moment it exists (a password, a
 * token, base64 of `user:password`) and hands it to every mask sink (the action's `::add-mask::`; the CLI has none);
 * `redact()` removes every recorded secret, and any `Basic …` / `Bearer …` credential, from text about to be printed.
 * Registry and signing code call these, never the action runner directly.
 */
const secretSet = new Set<string>();
const sinks = new Set<(secret: string) => void>();

/** Shortest value treated as a secret: shorter ones would redact ordinary words. */
const MIN_SECRET = 4;

/** Register where secrets are masked (the action: `::add-mask::`). Already known secrets are handed over at once. */
export function onSecret(sink: (secret: string) => void): void {
  if (sinks.has(sink)) return;
  sinks.add(sink);
  for (const s of secretSet) sink(s);
}

/** Record a secret (and each line of a multi-line one): handed to every mask sink once, and redacted from now on. */
export function addSecret(value: string | undefined): void {
  if (!value) return;
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= MIN_SECRET);
  for (const part of new Set([value, ...lines])) {
    if (secretSet.has(part)) continue;
    secretSet.add(part);
    for (const sink of sinks) sink(part);
  }
}

/** Record Basic credentials: the password, and `base64(user:password)` as it appears in an Authorization header. */
export function addBasicCredentials(username: string, password: string): void {
  if (!password) return;
  addSecret(password);
  addSecret(Buffer.from(`${username}:${password}`).toString('base64'));
}

/** `Basic <base64>` / `Bearer <token>`: a credential has a digit or a base64/JWT symbol (plain words are left alone). */
const AUTH_RE = /\b(Basic|Bearer)(\s+)(?=[A-Za-z._~-]*[0-9+/=])[A-Za-z0-9._~+/=-]{8,}/gi;

/** Remove every recorded secret and every `Basic`/`Bearer` credential from text about to be printed. */
export function redact(text: string): string {
  let s = String(text);
  for (const secret of [...secretSet].sort((a, b) => b.length - a.length)) {
    if (secret.length >= MIN_SECRET && s.includes(secret)) s = s.split(secret).join('***');
  }
  return s.replace(AUTH_RE, (_m, scheme: string, space: string) => `${scheme}${space}***`);
}
