/**
 * One kind's merge (./merge.ts, mergeKind) in a process of its own, so the bigram and unigram
 * indexes are merged side by side. Started by mergeShards with a job file.
 *
 *   node src/integrations/search-index/merge-process.ts <job.json>
 */
import { readFileSync } from 'node:fs';
import { mergeKind, readBundle, type MergeJob } from './merge.ts';

const [jobFile] = process.argv.slice(2);
if (!jobFile) throw new Error('usage: merge-process.ts <job.json>');
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as MergeJob;
const bundles = await Promise.all(job.bundleDirs.map(readBundle));
await mergeKind(bundles, job.order, job.pageIds, job.dest, job.chunkSize);
