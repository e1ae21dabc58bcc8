import { activeFilters, activeFilterText, filterToggleCount } from '../lib/active-filters';
import type { SearchState } from '../lib/search-state';

/** Wide enough for the filters to sit beside the results (the search page's stylesheet uses the same width). */
const wide = matchMedia('(width > 48rem)');

/**
 * The filters of the search page: a « Filtres (n) » toggle, closed on a phone so that the results come
 * right after the count and open beside them on a wide screen, and the ticked values as buttons that
 * remove them, with « Tout effacer ». `commit` records the form's new state and searches.
 */
export class FilterPanel {
  #root: HTMLElement;
  #panel: HTMLDetailsElement;
  #count: HTMLElement;
  #chips: HTMLElement;
  #list: HTMLUListElement;
  #commit: () => void;

  constructor(root: HTMLElement, commit: () => void) {
    this.#root = root;
    this.#commit = commit;
    this.#panel = root.querySelector('[data-filters]')!;
    this.#count = root.querySelector('[data-filter-count]')!;
    this.#chips = root.querySelector('[data-chips]')!;
    this.#list = root.querySelector('[data-chip-list]')!;
    const fit = () => (this.#panel.open = wide.matches);
    fit();
    // On a phone the open panel pushes the results down: only the content type, short, starts open (ticked groups open on load).
    if (!wide.matches) for (const group of this.#panel.querySelectorAll<HTMLDetailsElement>('details[data-filter]:not([data-filter="type"])')) group.open = false;
    wide.addEventListener('change', fit);
    this.#list.addEventListener('click', (event) => {
      const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-key]');
      if (chip) this.#remove(chip);
    });
    // On a phone the open panel pushes the results down: its last button closes it and goes to them.
    root.querySelector('[data-see-results]')!.addEventListener('click', () => {
      this.#panel.open = false;
      root.querySelector<HTMLElement>('#resultats-titre')!.focus();
    });
    root.querySelector('[data-clear]')!.addEventListener('click', () => {
      for (const box of this.#boxes()) box.checked = false;
      this.#commit();
      this.#panel.querySelector('summary')!.focus();
    });
  }

  /** Shows the number of ticked values on the toggle, and one removable button for each. */
  show(state: SearchState) {
    this.#count.textContent = filterToggleCount(state);
    const chips = activeFilters(state).flatMap(({ key, value }) => {
      const box = this.#box(key, value);
      if (!box) return [];
      const filterLabel = box.closest('details')?.querySelector('summary')?.textContent ?? key;
      const valueLabel = box.nextElementSibling?.textContent ?? value;
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip';
      chip.dataset.key = key;
      chip.dataset.value = value;
      const hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = 'Retirer le filtre ';
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = ' ✕';
      chip.append(hint, activeFilterText(filterLabel, valueLabel), cross);
      const item = document.createElement('li');
      item.append(chip);
      return [item];
    });
    this.#list.replaceChildren(...chips);
    this.#chips.hidden = chips.length === 0;
  }

  /** Unticks a chip's value, searches again and keeps focus among the chips, or on the toggle after the last one. */
  #remove(chip: HTMLButtonElement) {
    const index = [...this.#list.querySelectorAll('button')].indexOf(chip);
    const box = this.#box(chip.dataset.key!, chip.dataset.value!);
    if (box) box.checked = false;
    this.#commit();
    const left = this.#list.querySelectorAll('button');
    (left[Math.min(index, left.length - 1)] ?? this.#panel.querySelector('summary')!).focus();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.#root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')];
  }

  #box(key: string, value: string): HTMLInputElement | null {
    // Values are slugs (`parseSearchState` keeps only [a-z0-9-]), safe inside a selector.
    return this.#root.querySelector<HTMLInputElement>(`input[type=checkbox][name="${key}"][value="${value}"]`);
  }
}
