// The build's checks, for the proposal pages. Zod's compiled fast path probes with `new Function`, which the site's policy refuses
// (and reports): off here, before any schema is built (schemas are built on the first check, src/lib/validation/schema.ts).
import { z } from 'astro/zod';
import { proposalProblems as checkProposal } from '../lib/proposal/check';

z.config({ jitless: true });

export const proposalProblems: typeof checkProposal = (...args) => checkProposal(...args);
