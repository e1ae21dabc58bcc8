// parse5 5 ships no types: the one call tests make (an HTML5 document parse that reports its errors).
declare module 'parse5' {
  export function parse(html: string, options: { onParseError(error: { code: string }): void }): unknown;
}
