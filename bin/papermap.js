#!/usr/bin/env node
// The CLI is TypeScript; tsx compiles it on the fly so that the command needs no build step,
// run from a checkout (`npm run papermap -- …`) or installed from a packed tarball.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
