// How a citation says when the reader consulted the page; no imports, so the page's script stays one small file.

const consultedWords = 'Consulté le';

/** Words before the address once the reader's date is known: « Consulté le 3 juin 2025, à ». */
export function consulted(date: string): string {
  return `${consultedWords} ${date}, à `;
}

/** Returns a citation ending with its address with the day the reader consulted the page before that address (once). */
export function addConsultedDate(citation: string, absoluteUrl: string, date: string): string {
  return citation.endsWith(absoluteUrl) && !citation.includes(consultedWords) ? `${citation.slice(0, -absoluteUrl.length)}${consulted(date)}${absoluteUrl}` : citation;
}
