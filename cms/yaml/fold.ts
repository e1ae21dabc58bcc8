/** The options object of the `yaml` 1.x package that Decap CMS serializes front matter with. */
export interface Yaml1Options {
  scalarOptions: { str: { fold: { lineWidth: number } } };
}

/**
 * Turns off the folding of long strings at 80 columns in `yaml` 1.x, globally for that module instance.
 * Decap writes front matter with yaml 1.x defaults, which fold long plain strings onto several lines;
 * our files keep one value per line, so an entry saved unchanged stays byte-identical.
 * @see https://github.com/decaporg/decap-cms/issues/5640 (configurable line width, open)
 */
export function disableFolding(yaml: Yaml1Options): void {
  yaml.scalarOptions.str.fold.lineWidth = 0;
}
