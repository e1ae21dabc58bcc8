// Under `npm run cms`, the dev server reloads every page when content/ changes (a publication brought back
// into the working copy, a file saved by hand): /admin/ with edits not saved yet would lose them. Such a tab
// ignores those reloads; one without edits still follows them.

/** The part of Vite's `import.meta.hot` this needs. */
interface HotContext {
  on(event: 'vite:beforeFullReload', listener: () => Promise<void> | void): void;
}

/**
 * Whether Decap's editor holds edits not saved yet: it answers `beforeunload` with a leave warning then
 * (Editor.js, `exitBlocker`), and only then. Asks it with an event that leaves nothing behind.
 */
function hasUnsavedEdits(target: Window = window): boolean {
  const probe = target.document.createEvent('BeforeUnloadEvent');
  probe.initEvent('beforeunload', false, true);
  target.dispatchEvent(probe);
  return probe.defaultPrevented || Boolean(probe.returnValue);
}

/** The notice the console shows when a reload is held back. */
export const heldReloadNotice = 'Carrefour : le contenu a changé sur le disque, mais cet onglet a des modifications non enregistrées ; il ne se recharge pas.';

/**
 * Keeps Vite's full reloads from reaching a tab with unsaved edits: Vite's client waits for the listeners of
 * `vite:beforeFullReload` before it reloads, so a listener that never settles holds that reload, and the
 * messages after it, for the tab's life (the CMS needs none of them).
 */
export function holdReloadsWhileEditing(hot: HotContext, unsaved: () => boolean = () => hasUnsavedEdits()): void {
  hot.on('vite:beforeFullReload', () => {
    if (!unsaved()) return undefined;
    console.info(heldReloadNotice);
    return new Promise<void>(() => undefined);
  });
}
