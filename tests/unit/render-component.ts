import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createServer } from 'vite';

type Component = Parameters<AstroContainer['renderToString']>[0];

/**
 * Renders an Astro component of the project (`/src/components/…astro`) to HTML with Astro's Container API, once
 * for each set of props, in process: a Vite server set up as the site's loads the component (a few seconds), so
 * only the tests that render one pay for it.
 */
export async function renderComponent(path: string, ...propSets: Record<string, unknown>[]): Promise<string[]> {
  const config = await getViteConfig({ logLevel: 'silent', server: { middlewareMode: true, hmr: false, ws: false } })({ mode: 'test', command: 'serve' });
  const server = await createServer({ ...config, configFile: false });
  try {
    const { default: component } = (await server.ssrLoadModule(path)) as { default: Component };
    const container = await AstroContainer.create();
    const pages: string[] = [];
    for (const props of propSets) pages.push(await container.renderToString(component, { props }));
    return pages;
  } finally {
    await server.close();
  }
}
