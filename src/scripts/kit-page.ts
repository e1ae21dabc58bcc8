// The kit page, /trousse/: the saved entries (checked against their pages), removal, the share address,
// a shared kit to add or to take instead (`?e=…`), and a print view of every entry's essentials.
import { decodeShared, encodeShared, KIT_LIMIT, mergeKits, reconcileKit, refPath, removeEntry, type KitEntry } from '../lib/kit';
import { loadKit, saveKit } from './kit-store';
import { fetchEntries, type EntryEssentials } from './kit-entry-page';
import { announce, canCopy, copyText, selectText } from './clipboard';

/** Returns a new element with its text and class. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Returns the list item showing an entry: kind, linked title, summary, and a note when its page is gone. */
function entryItem(entry: KitEntry, missingNote?: string): HTMLLIElement {
  const item = element('li');
  const heading = element('h3');
  const link = element('a', entry.title);
  link.href = refPath(entry.ref);
  heading.append(link);
  item.append(element('p', entry.type, 'muted'), heading, element('p', entry.summary));
  if (missingNote) item.append(element('p', missingNote, 'notice'));
  return item;
}

/** Returns the printed form of an entry: kind, title, summary, « En bref » and its full address. */
function printedEntry(entry: EntryEssentials, addressLabel: string): HTMLElement {
  const article = element('article');
  const pairs = element('dl', '', 'pairs');
  for (const { label, text, lines } of entry.brief) {
    const value = element('dd', text);
    if (lines.length > 0) value.append(element('ul'));
    value.querySelector('ul')?.append(...lines.map((line) => element('li', line)));
    pairs.append(element('dt', label), value);
  }
  const address = new URL(refPath(entry.ref), location.origin).href;
  article.append(element('p', entry.type, 'muted'), element('h2', entry.title), element('p', entry.summary, 'lead'));
  if (entry.brief.length > 0) article.append(pairs);
  article.append(element('p', `${addressLabel} ${address}`));
  return article;
}

/** Returns `node`'s sentence for `count`: its data-one (0 or 1, singular in French) or data-many, with {count} and {limit}. */
function countSentence(node: HTMLElement, count: number): string {
  return ((count <= 1 ? node.dataset.one : node.dataset.many) ?? '').replace('{count}', String(count)).replace('{limit}', String(KIT_LIMIT));
}

/** Shows `node`'s sentence for `count` (its data-one or data-many, with {count} and {limit}), or hides it for 0; returns the sentence. */
function showCount(node: HTMLElement, count: number): string {
  const text = countSentence(node, count);
  node.textContent = text;
  node.hidden = count === 0;
  return count === 0 ? '' : text;
}

/** Returns the element under `root` matching `selector` (the page always has it). */
function part<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Élément manquant dans /trousse/ : ${selector}`);
  return found;
}

async function start(root: HTMLElement): Promise<void> {
  const routes = (root.dataset.routes ?? '').split(',');
  const list = part<HTMLUListElement>(root, '[data-kit-list]');
  const status = part(root, '[data-kit-status]');
  const heading = part(root, '#mes-contenus-titre');
  const printView = part(document, '[data-kit-print-view]');
  const shareLink = part<HTMLAnchorElement>(root, '[data-kit-share]');
  const copy = part<HTMLButtonElement>(root, '[data-kit-copy]');
  const params = new URLSearchParams(location.search);
  const shared = params.has('e') ? decodeShared(params.get('e'), routes) : undefined;

  let kit = loadKit(routes);
  const details = await fetchEntries([...new Set([...kit.map((entry) => entry.ref), ...(shared?.refs ?? [])])]);
  const checked = reconcileKit(kit, details);
  const missing = new Set(checked.missing.map((entry) => entry.ref));
  kit = checked.kit;

  const save = () => {
    try {
      saveKit(kit);
    } catch {
      // Storage refused (private browsing, full): the kit still works on this page.
    }
  };

  const renderOwn = () => {
    part(root, '[data-kit-count]').textContent = String(kit.length);
    part(root, '[data-kit-empty]').hidden = kit.length > 0;
    part(root, '[data-kit-tools]').hidden = kit.length === 0;
    list.replaceChildren(
      ...kit.map((entry, index) => {
        const item = entryItem(entry, missing.has(entry.ref) ? list.dataset.missing : undefined);
        const remove = element('button', `${list.dataset.remove ?? ''} `, 'button-secondary');
        remove.type = 'button';
        remove.append(element('span', `« ${entry.title} » ${list.dataset.from ?? ''}`, 'visually-hidden'));
        remove.addEventListener('click', () => {
          kit = removeEntry(kit, entry.ref);
          part(root, '[data-kit-full]').hidden = true;
          save();
          renderOwn();
          const next = list.querySelectorAll('button')[Math.min(index, kit.length - 1)];
          (next ?? heading).focus();
          announce(status, (list.dataset.removed ?? '').replace('{count}', String(kit.length)));
        });
        item.append(remove);
        return item;
      }),
    );
    const address = new URL(encodeShared(kit.map((entry) => entry.ref)), location.origin).href;
    shareLink.href = address;
    shareLink.textContent = address;
    const printable = kit.flatMap((entry) => details.get(entry.ref) ?? []);
    printView.replaceChildren(element('p', countSentence(printView, printable.length)), ...printable.map((entry) => printedEntry(entry, printView.dataset.address ?? '')));
  };

  part<HTMLButtonElement>(root, '[data-kit-print]').addEventListener('click', () => window.print());
  if (canCopy()) {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      void copyText(shareLink.href).then((copied) => {
        if (!copied) selectText(shareLink);
        announce(status, (copied ? copy.dataset.copied : copy.dataset.failed) ?? '');
      });
    });
  }
  save();
  renderOwn();
  if (shared) {
    showShared(root, shared, details, kit.length > 0, (update) => {
      const { next, message } = update(kit);
      kit = next;
      save();
      renderOwn();
      heading.focus();
      announce(status, message);
    });
  }
  root.hidden = false;
}

/** Shows a shared kit (`?e=…`) with the choice to add its entries to one's own kit or to take it instead. */
function showShared(
  root: HTMLElement,
  shared: { refs: string[]; refused: number; overLimit: number },
  details: ReadonlyMap<string, EntryEssentials | null | undefined>,
  hasOwnKit: boolean,
  apply: (update: (own: KitEntry[]) => { next: KitEntry[]; message: string }) => void,
): void {
  const section = part(root, '[data-kit-shared]');
  const intro = part(section, '[data-kit-shared-intro]');
  const refused = part(section, '[data-kit-refused]');
  const full = part(root, '[data-kit-full]');
  const merge = part<HTMLButtonElement>(section, '[data-kit-merge]');
  const replace = part<HTMLButtonElement>(section, '[data-kit-replace]');
  // Entries whose page is gone are left out; those that could not be checked are kept with their address as title.
  const entries = shared.refs.flatMap((ref): KitEntry[] => {
    const found = details.get(ref);
    return found === null ? [] : [found ?? { ref, title: refPath(ref), type: '', summary: '' }];
  });
  intro.textContent = ((entries.length === 1 ? intro.dataset.one : intro.dataset.many) ?? '').replace('{count}', String(entries.length));
  const ignored = shared.refused + shared.refs.length - entries.length;
  refused.hidden = ignored === 0;
  refused.textContent = (refused.dataset.text ?? '').replace('{count}', String(ignored));
  showCount(part(section, '[data-kit-over-limit]'), shared.overLimit);
  part(section, '[data-kit-shared-list]').replaceChildren(...entries.map((entry) => entryItem(entry)));
  replace.hidden = !hasOwnKit;
  part(section, '[data-kit-choice]').hidden = !hasOwnKit;
  const close = () => {
    section.hidden = true;
    history.replaceState(null, '', location.pathname);
  };
  merge.addEventListener('click', () => {
    close();
    apply((own) => {
      const { kit, added, full: left } = mergeKits(own, entries);
      const done = countSentence(merge, added);
      return { next: kit, message: [done, showCount(full, left)].filter(Boolean).join(' ') };
    });
  });
  replace.addEventListener('click', () => {
    close();
    showCount(full, 0);
    apply(() => ({ next: entries, message: replace.dataset.done ?? '' }));
  });
  section.hidden = entries.length === 0 && ignored === 0 && shared.overLimit === 0;
}

const root = document.querySelector<HTMLElement>('[data-kit]');
if (root) void start(root);
