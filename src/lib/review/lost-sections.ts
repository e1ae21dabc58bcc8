import { headingTitle, shownText, splitBody } from '../../../cms/sections';

/** A `## ` section that had text before a change and has none after it. */
export interface LostSection {
  title: string;
  /** `emptied`: the heading stays, its text is gone; `removed`: the heading is gone too. */
  change: 'emptied' | 'removed';
}

/** Returns the titled sections of `before` whose text is gone from `after`, in `before`'s order. */
export function lostSections(before: string, after: string): LostSection[] {
  const textAfter = new Map<string, string>();
  for (const part of splitBody(after)) if (part.heading) textAfter.set(headingTitle(part.heading), shownText(part).trim());
  return splitBody(before).flatMap((part): LostSection[] => {
    if (!part.heading || shownText(part).trim() === '') return [];
    const title = headingTitle(part.heading);
    const now = textAfter.get(title);
    if (now === undefined) return [{ title, change: 'removed' }];
    return now === '' ? [{ title, change: 'emptied' }] : [];
  });
}
