import { benchGenerate } from './src/bench/generate-bench';
await benchGenerate({ persons: Number(process.argv[2]), outDir: '/tmp/bench-city' });
