/**
 * The CLI's wording of an error: one sentence for what is wrong and one for the fix, joined with a full stop, and the
 * action's advice (which names action inputs such as `plain-http: true`) restated with the CLI's flags.
 * Duck-typed on the error's fields so that printing an error loads no registry code.
 */

export { joinMessage } from '../errors.js';

/** TLS alerts that mean "the server did not answer in TLS at all" (a plain-HTTP registry). */
const PLAIN_HTTP_PEER = /wrong version number|WRONG_VERSION_NUMBER|packet length too long|http request/i;

interface ErrorLike {
  message: string;
  fix?: string;
  kind?: string;
}

/** The message and fix the CLI prints for `e` (a UserError or RegistryError). */
export function cliAdvice(e: ErrorLike): { message: string; fix?: string } {
  // untrusted() shows a newline of the TLS library's text as a literal `\n`: drop it at the end of the message.
  const message = e.message.replace(/(?:\s*\\n)+\s*$/, '');
  if (e.kind === 'tls') {
    const host = /TLS connection to (\S+) failed/.exec(message)?.[1];
    if (PLAIN_HTTP_PEER.test(message) && host) {
      return {
        message: `The registry ${host} speaks plain HTTP, not HTTPS (the TLS handshake got an HTTP answer)`,
        fix: 'Pass --plain-http to talk HTTP to it (local or test registries only).',
      };
    }
    return { message, fix: e.fix?.replace(/set `plain-http: true`/, 'pass --plain-http') };
  }
  return { message, fix: e.fix };
}
