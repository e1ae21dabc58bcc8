// Real parsers for what the site writes, shared by the writer tests and the built-site tests.
import { parse as parseHtml } from 'parse5';
import { SaxesParser } from 'saxes';

/** Returns the XML errors saxes (XML 1.0, strict on characters) reports for `xml`: none for a well-formed document. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** Returns the codes of the HTML5 parse errors parse5 reports for `html`: none for a clean document. */
export function htmlErrors(html: string): string[] {
  const errors: string[] = [];
  parseHtml(html, { onParseError: (error) => errors.push(error.code) });
  return errors;
}
