// /admin/comite/importer/: reads a pasted proposal, checks it with the build's rules and opens the committee's CMS on a filled-in new entry.
import { cmsImport } from '../lib/proposal/import';
import { proposalKinds } from '../lib/proposal/kinds';
import { readProposal } from '../lib/proposal/message';
import { formatProblem } from '../lib/validation/problem';
import { proposalProblems } from './proposal-checks';

const form = document.querySelector<HTMLFormElement>('form[data-proposal-import]');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const message = form.querySelector<HTMLElement>('[data-import-message]')!;
  const list = form.querySelector<HTMLUListElement>('[data-import-problems]')!;
  const byHandBox = document.querySelector<HTMLElement>('[data-import-by-hand]')!;
  list.replaceChildren();
  byHandBox.hidden = true;
  const read = readProposal(form.querySelector('textarea')!.value);
  if (!read.ok) {
    message.textContent = `Impossible d’importer : ${read.problem}`;
    return;
  }
  const kind = proposalKinds.find((candidate) => candidate.spec.name === read.collection);
  if (!kind) {
    message.textContent = `Impossible d’importer : « ${read.collection} » n’est pas un type de proposition. Seuls les appels, récits, rencontres et fiches passent par ce formulaire.`;
    return;
  }
  const problems = proposalProblems(read.file, kind.spec, new Date()).filter((problem) => problem.severity === 'error');
  if (problems.length) {
    message.textContent = 'La proposition ne respecte pas les règles du site (le courriel a peut-être été modifié) :';
    for (const problem of problems) list.append(Object.assign(document.createElement('li'), { textContent: formatProblem(problem) }));
    return;
  }
  message.textContent = '';
  const target = cmsImport('/admin/comite/', kind.spec, read.file.text, read.file.path);
  if (!target.byHand.length) {
    location.assign(target.href);
    return;
  }
  const fields = byHandBox.querySelector('[data-import-fields]')!;
  fields.replaceChildren(
    ...target.byHand.flatMap(({ label, value }) => [
      Object.assign(document.createElement('dt'), { textContent: label }),
      Object.assign(document.createElement('dd'), { textContent: value }),
    ]),
  );
  byHandBox.querySelector<HTMLAnchorElement>('[data-import-open]')!.href = target.href;
  byHandBox.hidden = false;
  byHandBox.querySelector<HTMLElement>('#a-recopier')!.focus();
});
