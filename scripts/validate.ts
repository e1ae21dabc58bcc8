// `npm run validate [files…]`: checks the library's content against the schema, the reference rules and the
// MDX safety rules (the same modules the build uses), and prints what to fix, in French. Exit code 1 on any error.
import { runValidate } from './lib/validate-command';

process.exitCode = runValidate({
  root: process.cwd(),
  args: process.argv.slice(2),
  env: process.env,
  print: { out: (text) => console.log(text), err: (text) => console.error(text) },
});
