/**
 * Names of the widgets this project registers in Decap CMS. The config generator (Node) and the
 * browser entry both read them here.
 */
export const widgetNames = {
  /** An object the contributor may leave empty, whose fields are required once one of them is filled. */
  optionalObject: 'optional-object',
  /** A date typed as AAAA-MM-JJ (or jj/mm/aaaa), checked with the library's date rules. */
  date: 'carrefour-date',
  /** The title of an entry, with the page address a new entry will get and a warning when it is taken. */
  entryTitle: 'entry-title',
  /** A body as one text area per `## ` section (the template's, from the field's default), joined on save. */
  sections: 'body-sections',
} as const;
