import { Command } from 'commander';
import { registerBench } from './commands/bench-command';
import { registerDemo } from './commands/demo-command';
import { registerGenerate } from './commands/generate-command';
import { registerIngest } from './commands/ingest-command';
import { registerLink } from './commands/link-command';
import { registerScore } from './commands/score-command';
import { registerServe } from './commands/serve-command';
import { registerUser } from './commands/user-command';
import { registerVerify } from './commands/verify-command';

const program = new Command('birtizim')
  .description('One list: links agency registries, runs cross-registry checks, serves findings')
  .option('--debug', 'print stack traces of errors');

for (const register of [
  registerGenerate,
  registerIngest,
  registerVerify,
  registerScore,
  registerLink,
  registerServe,
  registerUser,
  registerDemo,
  registerBench,
]) {
  register(program);
}

await program.parseAsync(process.argv);
