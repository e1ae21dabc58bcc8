// The body safety rules weigh about as much as a Markdown parser: /admin/ loads them in their own chunk,
// the first time a body is edited or previewed, instead of in the main bundle.
import type { formBodyProblems } from './safety-rules';

export type CheckBody = typeof formBodyProblems;

let loaded: CheckBody | undefined;
let loading: Promise<CheckBody> | undefined;

/** Returns the rules once their chunk is loaded, or undefined before. */
export function loadedSafetyRules(): CheckBody | undefined {
  return loaded;
}

/** Loads the rules' chunk (once) and resolves with the checker; a failed load is retried on the next call. */
export function loadSafetyRules(): Promise<CheckBody> {
  loading ??= import('./safety-rules').then(
    (module) => (loaded = module.formBodyProblems),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
