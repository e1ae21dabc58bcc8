import { describe, expect, test, vi } from 'vitest';
import { heldReloadNotice, holdReloadsWhileEditing } from '../../cms/dev-reload';

/** A stand-in for Vite's `import.meta.hot` that keeps the listener registered for full reloads. */
function fakeHot() {
  const listeners: (() => Promise<void> | void)[] = [];
  return {
    hot: { on: (event: 'vite:beforeFullReload', listener: () => Promise<void> | void) => void (event === 'vite:beforeFullReload' && listeners.push(listener)) },
    beforeFullReload: () => listeners.map((listener) => listener()),
  };
}

/** Whether `promise` is still pending after the tasks queued so far have run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(pending), 20))])) === pending;
}

describe('holdReloadsWhileEditing', () => {
  test('holds the reload (a listener that never settles) while the editor has unsaved edits, and says so', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const { hot, beforeFullReload } = fakeHot();
    holdReloadsWhileEditing(hot, () => true);
    const [answer] = beforeFullReload();
    expect(answer).toBeInstanceOf(Promise);
    expect(await isPending(answer as Promise<void>)).toBe(true);
    expect(info).toHaveBeenCalledWith(heldReloadNotice);
    info.mockRestore();
  });

  test('lets the reload go on when nothing is left unsaved', () => {
    const { hot, beforeFullReload } = fakeHot();
    holdReloadsWhileEditing(hot, () => false);
    expect(beforeFullReload()).toEqual([undefined]);
  });
});
