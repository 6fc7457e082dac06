import { benchLink } from './src/bench/link-bench';
await benchLink({ persons: Number(process.argv[2] ?? 1000000) });
