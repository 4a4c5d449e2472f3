/**
 * A worker that answers one question: the query to search for, converted to simplified
 * characters when it holds traditional ones (./fold-traditional.ts). The search page starts it
 * only after a miss; being a worker, it is loaded by URL, so the page's own script carries no
 * loader for it (Vite's preload helper, 0.9 KB gzipped, on every first query).
 */
import { simplifiedQuery } from './fold-traditional.ts';

self.addEventListener('message', (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  simplifiedQuery(text).then(
    (q) => self.postMessage({ id, q }),
    (err: unknown) => self.postMessage({ id, error: String(err) }),
  );
});
