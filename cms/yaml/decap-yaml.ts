// Stands in for `yaml` wherever Decap CMS imports it (see ./vite-plugin.ts): the same yaml 1.x module,
// with folding turned off before Decap's first use.
// @ts-expect-error -- resolved by the Vite plugin to the yaml 1.x that decap-cms-core depends on; it ships no types.
import yaml from 'decap-original-yaml';
import { disableFolding, type Yaml1Options } from './fold';

disableFolding(yaml as Yaml1Options);

export default yaml;
