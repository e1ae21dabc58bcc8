/**
 * Names of the widgets this project registers in Decap CMS. The config generator (Node) and the
 * browser entry both read them here.
 */
export const widgetNames = {
  /** An object the contributor may leave empty, whose fields are required once one of them is filled. */
  optionalObject: 'optional-object',
} as const;
