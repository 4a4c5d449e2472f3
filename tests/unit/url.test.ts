import { describe, expect, it } from 'vitest';
import { docHref, facet, facetHref, facetIndexHref } from '../../src/lib/facets';
import { url } from '../../src/lib/url';

describe('url()', () => {
  it('prefixes the base path', () => {
    expect(url('docs/a/', '/wenku/')).toBe('/wenku/docs/a/');
    expect(url('docs/a/', '/')).toBe('/docs/a/');
  });
  it('accepts a base without trailing slash and a path with a leading slash', () => {
    expect(url('/years/', '/wenku')).toBe('/wenku/years/');
    expect(url('//years/', '/wenku/')).toBe('/wenku/years/');
  });
  it('gives the base itself for the home page', () => {
    expect(url('', '/wenku/')).toBe('/wenku/');
    expect(url(undefined, '/')).toBe('/');
  });
  it('keeps fragments and queries', () => {
    expect(url('about/#cleaning', '/wenku/')).toBe('/wenku/about/#cleaning');
    expect(url('search/?q=文明', '/')).toBe('/search/?q=文明');
  });
  it('defaults to the configured BASE_URL', () => {
    expect(url('about/')).toBe(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}about/`);
  });
});

describe('page URLs', () => {
  it('builds facet and document URLs with trailing slashes', () => {
    expect(facetIndexHref('topic')).toBe('/topics/');
    expect(facetIndexHref('year')).toBe('/years/');
    expect(facetHref('level', 'district')).toBe('/levels/district/');
    expect(facetHref('type', 'key-points')).toBe('/types/key-points/');
    expect(facetHref('year', 2023)).toBe('/years/2023/');
    expect(docHref('city-committee-2022-speech-a')).toBe('/docs/city-committee-2022-speech-a/');
  });
  it('maps an unknown year to /years/unknown/ and 年份不详', () => {
    const [unknown] = facet('year').valuesOf({ years: [], level: 'unit', types: [], topics: [] });
    expect(facetHref('year', unknown!)).toBe('/years/unknown/');
    expect(facet('year').valueLabel(unknown!)).toBe('年份不详');
    expect(facet('year').valueLabel('2022')).toBe('2022年');
  });
});
