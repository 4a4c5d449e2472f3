import { describe, expect, it } from 'vitest';
import { completenessLabels, editKindLabels } from '../../src/lib/labels';
import { editSchema } from '../../src/lib/schema';

describe('Chinese labels', () => {
  it('has a Chinese label for every edit kind of the schema', () => {
    for (const kind of editSchema.shape.kind.options) {
      expect(editKindLabels[kind]).toMatch(/\p{Script=Han}/u);
    }
  });
  it('labels both completeness values', () => {
    expect(completenessLabels.complete).toMatch(/完整/);
    expect(completenessLabels.truncated).toMatch(/不完整/);
  });
});
