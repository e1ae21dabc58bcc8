import { formatPatterns } from '../schema/formats';

/**
 * Returns the committee's address from COMMITTEE_EMAIL in `env`, or `fallback` when it is unset or blank;
 * a value that is not an email address stops the build with a French message.
 */
export function readCommitteeEmail(env: Readonly<Record<string, string | undefined>>, fallback: string): string {
  const value = env.COMMITTEE_EMAIL?.trim();
  if (!value) return fallback;
  if (!formatPatterns.email.test(value)) throw new Error(`COMMITTEE_EMAIL n’est pas une adresse courriel : « ${value} ». Écrivez une adresse comme comite@exemple.org.`);
  return value;
}

/** Returns a `mailto:` address with a prefilled subject (and body), encoded as RFC 6068 asks (spaces as %20). */
export function mailtoHref(address: string, subject: string, body?: string): string {
  const query = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body)}`] : [])].join('&');
  return `mailto:${address}?${query}`;
}
