// Reads what Decap's proxy backend sends to decap-server: `{ action, branch?, params }` as JSON.

/** A request body's action, its top-level branch and its parameters, unchecked. */
export interface ProxyRequest {
  action: unknown;
  branch: unknown;
  params: Record<string, unknown>;
}

/** Returns the request a body carries, or undefined when it is not a JSON object. */
export function readProxyRequest(body: string): ProxyRequest | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object') return undefined;
  const { action, branch, params } = json as { action?: unknown; branch?: unknown; params?: unknown };
  return { action, branch, params: params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {} };
}
