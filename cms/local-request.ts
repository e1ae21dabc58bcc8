// Which requests the local CMS relay (cms/dev-proxy.ts) passes on to decap-server: only those addressed to
// this computer. A web page elsewhere could otherwise rename its own domain to 127.0.0.1 (DNS rebinding),
// or post from its own origin, and commit to the repository through decap-server.

/** Names of this computer a browser may use for the dev server. */
const localNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Methods that change nothing: a page elsewhere cannot read their answers without CORS. */
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The refusal decap-server's relay answers with (403). */
export const foreignRequestRefusal = 'Requête refusée : le CMS local ne répond qu’aux pages ouvertes sur cet ordinateur (127.0.0.1, localhost ou [::1]).';

/** Returns whether `host` (`name:port`, as a Host header or a URL gives it) names this computer on `port`. */
export function isLocalHost(host: string | undefined, port: number, defaultPort = 80): boolean {
  const match = /^(\[[^\]]*\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host?.trim().toLowerCase() ?? '');
  if (!match) return false;
  const [, name = '', given] = match;
  return localNames.has(name) && (given === undefined ? defaultPort : Number(given)) === port;
}

/** Returns whether an Origin header names a page of this computer's dev server on `port`. */
function isLocalOrigin(origin: string, port: number): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return `${url.protocol}//${url.host}` === origin.toLowerCase() && isLocalHost(url.host, port, url.protocol === 'https:' ? 443 : 80);
}

/**
 * Returns whether the relay may pass a request on: its Host names this computer on the port the dev server
 * listens on, and a state-changing request that says where it comes from (Origin) comes from such a page too.
 */
export function isLocalRequest(request: { host?: string | undefined; origin?: string | undefined; method?: string | undefined }, port: number): boolean {
  if (!isLocalHost(request.host, port)) return false;
  if (request.origin === undefined || safeMethods.has((request.method ?? 'GET').toUpperCase())) return true;
  return isLocalOrigin(request.origin, port);
}
