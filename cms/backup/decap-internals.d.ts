// The two modules of decap-cms-core that cms/backup/install.ts reaches (no types ship with its ES modules),
// declared as far as it uses them. tests/unit/cms-backup.test.ts checks them against the installed Decap.

declare module 'decap-cms-core/dist/esm/backend.js' {
  interface ImmutableLike {
    get(key: string): unknown;
  }
  export class Backend {
    getLocalDraftBackup: (this: Backend, collection: ImmutableLike, slug: string | undefined) => Promise<{ entry?: unknown }>;
  }
}

declare module 'decap-cms-core/dist/esm/redux/index.js' {
  interface ImmutableLike {
    get(key: string): unknown;
  }
  export const store: {
    getState(): { entryDraft: { get(key: 'entry'): ImmutableLike | undefined } };
    subscribe(listener: () => void): () => void;
  };
}
