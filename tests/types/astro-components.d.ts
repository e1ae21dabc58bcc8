// Components that tests/components renders with Astro's Container API: `astro check` types them itself, ESLint's TypeScript does not.
declare module '*.astro' {
  const component: Parameters<import('astro/container').experimental_AstroContainer['renderToString']>[0];
  export default component;
}
