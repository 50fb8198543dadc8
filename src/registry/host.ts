/**
 * The registry address: `host[:port]` (a DNS name, an IPv4 address, or an IPv6 address in brackets), nothing else.
 * Checked once, before anything is printed, in every mode (dry runs too): the action's `registry` input and every
 * `RemoteRepository`. An `https://` or `http://` prefix and trailing slashes are stripped (as docker/login-action
 * accepts a bare host, and people paste URLs), with a notice; user info, any other scheme, a path, a query, a fragment,
 * whitespace and control characters are refused. A password in user info is recorded as a secret (masked) before the
 * refusal is printed, and the refusal shows it as `***`.
 */
import { UserError } from '../errors.js';
import { addSecret, q } from '../log.js';

export const HOST_RE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const FIX =
  'Set the `registry` input to the registry host only, e.g. `ghcr.io` or `127.0.0.1:5000` (`[::1]:5000` for IPv6), ' +
  'without a scheme, path or credentials; give credentials in `username` and `password`.';

export interface NormalisedRegistry {
  registry: string;
  /** set when the input was changed (a scheme stripped) */
  notice?: string;
}

function refuse(message: string, fix = FIX): UserError {
  return new UserError(message, fix, 'Invalid input');
}

/** Validate and normalise a registry address; throws a UserError saying what is wrong and how to fix it. */
export function normaliseRegistry(raw: string, what = 'The `registry` input'): NormalisedRegistry {
  let rest = raw.trim();
  let notice: string | undefined;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    const authority = rest.split(/[/?#]/)[0];
    const at = authority.lastIndexOf('@');
    if (at >= 0) return refuseUserInfo(what, scheme[0], authority, at);
    if (!/^https?$/i.test(scheme[1])) {
      throw refuse(
        `${what} ${q(raw, 200)} uses the scheme ${q(scheme[1], 20)}; a registry is a host[:port].`,
      );
    }
    rest = rest.replace(/\/+$/, '');
    notice = `${what} ${q(raw, 200)} was given as a URL: using the host ${q(rest, 200)} (the scheme is chosen by \`plain-http\`).`;
  } else {
    rest = rest.replace(/\/+$/, '');
    const at = rest.split(/[/?#]/)[0].lastIndexOf('@');
    if (at >= 0) return refuseUserInfo(what, '', rest.split(/[/?#]/)[0], at);
  }
  // eslint-disable-next-line no-control-regex
  const bad = /[\u0000-\u001f\u007f-\u009f\s]/.test(rest)
    ? 'whitespace or control characters'
    : rest.includes('?')
      ? 'a query'
      : rest.includes('#')
        ? 'a fragment'
        : rest.includes('/')
          ? 'a path (the repository goes in `repository`)'
          : undefined;
  if (bad) throw refuse(`${what} ${q(raw, 200)} is not a host[:port]: it contains ${bad}.`);
  const port = /:(\d+)$/.exec(rest)?.[1];
  if (!rest || !HOST_RE.test(rest) || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
    throw refuse(`${what} ${q(raw, 200)} is not a host[:port].`);
  }
  return notice ? { registry: rest, notice } : { registry: rest };
}

/** User info in the address: mask its password first, then refuse, showing it as `***`. */
function refuseUserInfo(what: string, scheme: string, authority: string, at: number): never {
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  const password = colon >= 0 ? userinfo.slice(colon + 1) : '';
  if (password) {
    addSecret(password);
    try {
      addSecret(decodeURIComponent(password));
    } catch {
      /* not percent-encoded */
    }
  }
  const shown = `${scheme}${colon >= 0 ? userinfo.slice(0, colon) + ':***' : userinfo}@${authority.slice(at + 1)}`;
  throw refuse(
    `${what} ${q(shown, 200)} contains a user name or password; credentials never go in the registry address.`,
  );
}
