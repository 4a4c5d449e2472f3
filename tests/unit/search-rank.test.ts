import { describe, expect, it } from 'vitest';
import { aboutness, byAboutness, HEADING_WEIGHT } from '../../src/lib/search/rank';

describe('relevance: how much a document is about the query', () => {
  it('counts every occurrence, one in the title or a heading HEADING_WEIGHT times', () => {
    const a = aboutness([
      { heading: 0, hits: 2 },
      { heading: 2, hits: 1 },
      { heading: 1, hits: 1 },
    ]);
    expect(a).toEqual({ occurrences: 4, inHeadings: 2, score: 2 + 2 * HEADING_WEIGHT });
    expect(aboutness([])).toEqual({ occurrences: 0, inHeadings: 0, score: 0 });
  });

  it('orders by score, then newest, then as the engine gave them', () => {
    const docs = [
      { id: 'once-old', score: 1, year: 1 },
      { id: 'once-new', score: 1, year: 3 },
      { id: 'nine', score: 15, year: 2 },
      { id: 'once-new-too', score: 1, year: 3 },
    ];
    const order = byAboutness(
      docs,
      (d) => d.score,
      (d) => d.year,
    ).map((d) => d.id);
    expect(order).toEqual(['nine', 'once-new', 'once-new-too', 'once-old']);
  });
});
