// `node --import ./tests/decap/register.mjs …`: installs the hooks that load Decap's ES modules in Node.
import { registerHooks } from 'node:module';
import { load, resolve } from './resolve-hooks.mjs';

registerHooks({ resolve, load });
