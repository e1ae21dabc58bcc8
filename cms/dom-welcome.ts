/**
 * Shows the page's welcome text on Decap's sign-in screen, just above its « Se connecter » button, and
 * hides it everywhere else: Decap has no setting for a text there. The sign-in screen is the only one
 * drawn without the app's <header>; its button sits directly in a <section> (decap-cms-ui-default's
 * AuthenticationPage). tests/browser/cms-french.test.ts fails if a Decap upgrade changes that shape.
 */
export function placeWelcome(root: HTMLElement, welcome: HTMLElement): void {
  const button = root.querySelector('header') ? null : root.querySelector<HTMLElement>('section > button');
  if (!button) {
    welcome.hidden = true;
    return;
  }
  if (welcome.nextElementSibling !== button) button.before(welcome);
  welcome.hidden = false;
}
