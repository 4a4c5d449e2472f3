/**
 * One shard's index in a process of its own (./shard.ts), so that Pagefind's memory is bounded
 * by the shard, not the library, and shards run in parallel. Started by ./index.ts with a job
 * file; prints its result as JSON on the last line of its output.
 *
 *   node src/integrations/search-index/shard-process.ts <job.json>
 */
import { readFileSync } from 'node:fs';
import { buildShard } from './shard.ts';

/** What the parent asks of one shard process. */
export interface ShardJob {
  outDir: string;
  paths: string[];
  cacheDir: string;
}

const [jobFile] = process.argv.slice(2);
if (!jobFile) throw new Error('usage: shard-process.ts <job.json>');
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as ShardJob;
const result = await buildShard(job.outDir, job.paths, job.cacheDir, {
  info: (m) => console.error(m),
  warn: (m) => console.error(`warning: ${m}`),
});
console.log(JSON.stringify(result));
