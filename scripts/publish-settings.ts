// Prints the settings a publication is built with, the sign-in path and the callback address to register in
// the GitHub OAuth app, then checks them: exit status 1, with a French message per problem, when one is wrong.
// Run first by scripts/publish-build.sh; `npm run publish:check` on a laptop. Guide: docs/mise-en-ligne.md.
import { formatProblem } from '../src/lib/validation/problem';
import { publishProblems, readPublishSettings } from '../src/lib/publish/settings';

const settings = readPublishSettings(process.env);
const lines = [
  `Hôte (PUBLISH_HOST) : ${settings.host ?? 'aucun (construction locale)'}`,
  `Adresse du site (SITE_URL) : ${settings.cms.siteUrl}`,
  `Dépôt (CMS_REPO) : ${settings.cms.repo}, branche ${settings.cms.branch}`,
  `Courriel du comité (COMMITTEE_EMAIL) : ${settings.committeeEmail ?? 'adresse d’exemple'}`,
  `Connexion à /admin/ : ${settings.signIn.provider === 'netlify' ? 'fournisseur GitHub de Netlify' : 'serveur OAuth du réseau (CMS_AUTH_BASE_URL)'}, ${settings.signIn.authorizeUrl}`,
  `Adresse de rappel à inscrire dans l’application OAuth GitHub : ${settings.signIn.callbackUrl}`,
];
console.log(lines.join('\n'));
const problems = publishProblems(process.env);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) process.exit(1);
