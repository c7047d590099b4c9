// Where a webhook may be sent. A target on a private, loopback, link-local or otherwise
// non-public address is refused (server-side request forgery into the intranet) unless
// WUSHE_WEBHOOK_ALLOW_PRIVATE is set. Every address a name resolves to is checked, at creation
// and again at delivery, where the connection is made only to an address that passed the check
// (the socket's own DNS lookup is the checked one), so a name rebound after creation cannot
// reach an internal host.
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export type TargetProblem = 'WEBHOOK_URL_INVALID' | 'WEBHOOK_URL_PRIVATE' | 'WEBHOOK_URL_UNRESOLVABLE';

export class TargetRefused extends Error {
  constructor(
    readonly problem: TargetProblem,
    detail: string,
  ) {
    super(detail);
  }
}

/** Public unicast addresses only (ipaddr.js classifies private, loopback, link-local, CGNAT, reserved …). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/** The URL, parsed, when it is http(s) without credentials; TargetRefused otherwise. */
export function parseTarget(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TargetRefused('WEBHOOK_URL_INVALID', 'not a URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new TargetRefused('WEBHOOK_URL_INVALID', 'only http and https');
  if (u.username || u.password) throw new TargetRefused('WEBHOOK_URL_INVALID', 'no credentials in the URL');
  return u;
}

/** Resolves the target's host and checks every address (unless private targets are allowed). */
export async function checkTarget(url: string, allowPrivate: boolean): Promise<URL> {
  const u = parseTarget(url);
  if (allowPrivate) return u;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (net.isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch {
      throw new TargetRefused('WEBHOOK_URL_UNRESOLVABLE', `cannot resolve ${host}`);
    }
  }
  const bad = addresses.find((a) => !isPublicAddress(a));
  if (bad !== undefined || addresses.length === 0) throw new TargetRefused('WEBHOOK_URL_PRIVATE', `${host} resolves to a non-public address`);
  return u;
}

/**
 * A `lookup` for http(s).request that resolves like dns.lookup and fails when any address is not
 * public: the socket connects only to addresses checked at connection time.
 */
export function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && (list.length === 0 || list.some((a) => !isPublicAddress(a.address))))
        return callback(Object.assign(new Error(`${hostname} resolves to a non-public address`), { code: 'WEBHOOK_URL_PRIVATE' }), '', 0);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
