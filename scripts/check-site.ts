// `npm run check:site [dossier]`, after `npm run build`: checks the built site (dist/ by default).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { plural } from '../src/lib/text';
import { checkSite } from './lib/check-site';

const siteDir = resolve(process.argv[2] ?? process.env.CARREFOUR_OUT_DIR ?? 'dist');
if (!existsSync(resolve(siteDir, 'index.html'))) {
  console.error(`${siteDir} : aucun site construit ici. Correction : Lancez d’abord « npm run build ».`);
  process.exit(1);
}
const { pages, problems } = checkSite(siteDir);
if (problems.length > 0) console.log(problems.join('\n'));
console.log(
  problems.length === 0
    ? `Site vérifié : ${plural(pages, 'page', 'pages')}, tous les liens internes et les pièces jointes sont en ordre.`
    : `Vérification du site échouée : ${plural(problems.length, 'problème', 'problèmes')} dans ${plural(pages, 'page', 'pages')}.`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
