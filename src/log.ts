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
