/** Traditional characters in a query, converted in a worker. */
let foldWorker: Worker | undefined;
let foldRequests = 0;

/**
 * The query to search for, converted to simplified characters when it holds traditional ones:
 * answered by src/lib/search/fold-worker.ts, started on the first miss (it loads the table of
 * traditional characters, and OpenCC's data only for a query that needs it).
 */
export function simplifiedQuery(text: string): Promise<string> {
  foldWorker ??= new Worker(new URL('../../lib/search/fold-worker.ts', import.meta.url), { type: 'module' });
  const worker = foldWorker;
  const id = ++foldRequests;
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<{ id: number; q?: string; error?: string }>) => {
      if (e.data.id !== id) return;
      done();
      if (e.data.q === undefined) reject(new Error(e.data.error ?? 'no answer'));
      else resolve(e.data.q);
    };
    const onError = (e: ErrorEvent) => {
      done();
      if (foldWorker === worker) foldWorker = undefined;
      reject(new Error(e.message || 'the conversion worker failed to load'));
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage({ id, text });
  });
}
