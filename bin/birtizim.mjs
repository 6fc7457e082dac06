#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx: no build step between a
// fresh clone and a working `npx birtizim`.
import { register } from 'tsx/esm/api';

process.env.TZ ??= 'UTC';
register();
await import('../src/cli/main.ts');
