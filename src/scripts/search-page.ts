import { isActive, parseSearchState, resultsSummary, searchStateToQuery, withoutFilter, type SearchState } from '../lib/search-state';
import type { SearchFilterKey } from '../lib/search-fields';
import { restoreApostrophes } from '../lib/search-text';
import { nearestWords } from '../lib/search-suggest';
import { hasFilterChunks, loadFilterChunks, loadPagefind, type FilterCounts, type PagefindResult, type PagefindResultData } from './pagefind-types';
import { FilterPanel } from './filter-panel';
import { runSearch } from './search-run';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 120;

/** Returns a text-only copy of a Pagefind excerpt, keeping its <mark> highlights and nothing else. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    const text = restoreApostrophes(node.textContent ?? '');
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = restoreApostrophes(text);
  return node;
}

/** Returns a result card. */
function resultCard(data: PagefindResultData, hasQuery: boolean): HTMLLIElement {
  const item = element('li', 'result');
  if (data.meta.type) item.append(element('p', 'result-type', data.meta.type));
  const heading = element('h3', 'result-title');
  const link = element('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const excerpt = element('p', 'result-excerpt');
  if (hasQuery && data.excerpt) excerpt.append(...excerptNodes(data.excerpt));
  else excerpt.textContent = restoreApostrophes(data.meta.resume ?? '');
  item.append(excerpt);
  const details = [data.meta.organisme, data.meta.region].filter(Boolean).join(' · ');
  if (details) item.append(element('p', 'result-meta', details));
  if (data.meta.image) {
    const image = element('img', 'result-image');
    image.src = data.meta.image;
    image.alt = data.meta.image_alt ?? '';
    image.loading = 'lazy';
    image.width = 160;
    image.height = 90;
    item.prepend(image);
  }
  return item;
}

/** The search page: reads and writes its whole state in the URL, so searches can be shared and navigated. */
class CarrefourSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #query!: HTMLInputElement;
  #list!: HTMLOListElement;
  #summary!: HTMLElement;
  #empty!: HTMLElement;
  #more!: HTMLButtonElement;
  #pane!: HTMLElement;
  #filters!: FilterPanel;
  #results: PagefindResult[] = [];
  #shown = 0;
  #state: SearchState = parseSearchState(new URLSearchParams());
  #generation = 0;
  /** The query string of the search on screen: a jump to an anchor (the skip link) changes the URL's hash only. */
  #shownSearch = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts of the empty search, printed in the page at build time. */
  #totals: FilterCounts = {};

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#query = this.querySelector('#q')!;
    this.#list = this.querySelector('[data-results]')!;
    this.#summary = this.querySelector('[data-summary]')!;
    this.#empty = this.querySelector('[data-empty]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#pane = this.querySelector('.pane')!;
    this.#totals = this.#readCounts();
    // The index loads when the visitor comes to search, not with the page.
    this.#form.addEventListener('focusin', () => void loadPagefind(), { once: true });
    // A new search is a step of the history; ticking filters refines it in place, so Back leaves the search whole.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
      this.querySelector<HTMLElement>('#resultats-titre')!.focus();
    });
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#query) this.#commit('replace');
    });
    this.#query.addEventListener('input', () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#commit('replace'), TYPING_DELAY_MS);
    });
    this.#more.addEventListener('click', () => void this.#showMore(this.#generation, true));
    // Following an anchor fires popstate too: only a change of search runs it again, so the results stay in place.
    window.addEventListener('popstate', () => {
      if (location.search !== this.#shownSearch) this.#apply();
    });
    this.#filters = new FilterPanel(this, () => this.#commit('replace'));
    this.#apply();
  }

  /** Reads the form into a state, records it in the URL and searches. */
  #commit(mode: 'push' | 'replace') {
    clearTimeout(this.#timer);
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(key, value);
    const state = parseSearchState(params);
    const url = `${location.pathname}${searchStateToQuery(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    this.#shownSearch = location.search;
    this.#showState(state);
    void this.#run(state);
  }

  /** Shows the state written in the current URL (on load and on back/forward). */
  #apply() {
    this.#shownSearch = location.search;
    const state = parseSearchState(new URLSearchParams(location.search));
    this.#query.value = state.q;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = state.filters[box.name as SearchFilterKey]?.includes(box.value) ?? false;
      if (box.checked) box.closest('details')!.open = true;
    }
    this.querySelector<HTMLSelectElement>('#tri')!.value = state.sort;
    this.#showState(state);
    void this.#run(state);
  }

  /** Shows the state outside the results: the ticked filters, and the query in the header's search field too. */
  #showState(state: SearchState) {
    this.#filters.show(state);
    const header = document.querySelector<HTMLInputElement>('#recherche-entete');
    if (header && document.activeElement !== header) header.value = state.q;
  }

  async #run(state: SearchState) {
    const generation = ++this.#generation;
    this.#state = state;
    if (!isActive(state)) {
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#empty.hidden = true;
      this.#summary.textContent = 'Tapez un mot ou choisissez un filtre.';
      this.#showCounts(this.#totals);
      return;
    }
    const pagefind = await loadPagefind();
    const complete = hasFilterChunks();
    const response = await runSearch(pagefind, state);
    if (!response || generation !== this.#generation) return;
    this.#results = response.results;
    this.#shown = 0;
    this.#list.replaceChildren();
    await this.#showMore(generation, false);
    if (generation !== this.#generation) return;
    this.#summary.textContent = [resultsSummary(response.results.length, state), response.note].filter(Boolean).join(' ');
    this.#showEmptyState(response.results.length === 0);
    let filters = response.filters;
    if (!complete) {
      // The first counts come after the results: they need every filter's chunks, which the results do not.
      this.#showCounts(undefined);
      await loadFilterChunks();
      const counted = await runSearch(pagefind, state);
      if (!counted || generation !== this.#generation) return;
      filters = counted.filters;
    }
    const counts = await this.#facetCounts(state, filters);
    if (generation !== this.#generation) return;
    this.#showCounts(counts);
  }

  async #showMore(generation: number, moveFocus: boolean) {
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (generation !== this.#generation) return;
    const cards = data.map((one) => resultCard(one, this.#state.q !== ''));
    this.#list.append(...cards);
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#results.length;
    if (moveFocus) cards[0]?.querySelector('a')?.focus();
  }

  /**
   * Returns counts per filter value. A filter with ticked values is counted without its own selection,
   * so each count says how many results ticking that value would give (values of one filter add up).
   */
  async #facetCounts(state: SearchState, counts: FilterCounts): Promise<FilterCounts> {
    const pagefind = await loadPagefind();
    const merged = { ...counts };
    for (const [key, values] of Object.entries(state.filters)) {
      if (values.length === 0) continue;
      const others = { ...state, filters: { ...state.filters, [key]: [] } };
      if (!isActive(others)) {
        merged[key] = this.#totals[key] ?? {};
        continue;
      }
      const response = await runSearch(pagefind, others);
      if (response) merged[key] = response.filters[key] ?? {};
    }
    return merged;
  }

  /** The count elements of the filter pane, each with its filter and value (`data-count="filter:value"`). */
  #countSpans(): { span: HTMLElement; key: string; value: string }[] {
    return [...this.querySelectorAll<HTMLElement>('[data-count]')].map((span) => {
      const [key, value] = span.dataset.count!.split(':') as [string, string];
      return { span, key, value };
    });
  }

  /** Reads the counts printed in the page: `(12)` in each count element. */
  #readCounts(): FilterCounts {
    const counts: FilterCounts = {};
    for (const { span, key, value } of this.#countSpans()) (counts[key] ??= {})[value] = Number(/\d+/.exec(span.textContent ?? '')?.[0] ?? 0);
    return counts;
  }

  /** Shows counts, or, without counts, blanks them and marks the pane busy until they come. */
  #showCounts(counts: FilterCounts | undefined) {
    for (const { span, key, value } of this.#countSpans()) {
      span.textContent = counts ? `(${counts[key]?.[value] ?? 0})` : '';
    }
    if (counts) this.#pane.removeAttribute('aria-busy');
    else this.#pane.setAttribute('aria-busy', 'true');
  }

  #showEmptyState(isEmpty: boolean) {
    this.#empty.hidden = !isEmpty;
    const list = this.#empty.querySelector('[data-remove-filters]')!;
    list.replaceChildren();
    void this.#showNearWords(isEmpty ? this.#state.q : '');
    if (!isEmpty) return;
    for (const [key, values] of Object.entries(this.#state.filters) as [SearchFilterKey, string[]][]) {
      for (const value of values) {
        const box = this.querySelector<HTMLInputElement>(`input[name="${key}"][value="${value}"]`);
        const label = box?.nextElementSibling?.textContent ?? value;
        const link = element('a', '', `Retirer « ${label} »`);
        link.href = `${location.pathname}${searchStateToQuery(withoutFilter(this.#state, key, value))}`;
        const item = element('li', '');
        item.append(link);
        list.append(item);
      }
    }
    list.parentElement!.hidden = list.childElementCount === 0;
  }

  /** Offers the library's words nearest to the query's, each a link to its own search without filters; hidden when there are none. */
  async #showNearWords(query: string) {
    const box = this.#empty.querySelector<HTMLElement>('[data-near]')!;
    const list = box.querySelector('[data-near-list]')!;
    const generation = this.#generation;
    const near = query ? nearestWords(query, await loadWords()) : [];
    if (generation !== this.#generation) return;
    list.replaceChildren(
      ...near.map((word) => {
        const link = element('a', '', word);
        // Without the filters: a word near the typed one is a new search, the filters may be what found nothing.
        link.href = `${location.pathname}${searchStateToQuery(parseSearchState(new URLSearchParams({ q: word })))}`;
        const item = element('li', '');
        item.append(link);
        return item;
      }),
    );
    box.hidden = near.length === 0;
  }
}

let words: Promise<string[]> | undefined;
/** Loads the library's words once, the first time a search finds nothing. */
function loadWords(): Promise<string[]> {
  words ??= fetch('/recherche/mots.json')
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
    .then((list) => (Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : []))
    .catch(() => []);
  return words;
}

customElements.define('carrefour-search', CarrefourSearch);
