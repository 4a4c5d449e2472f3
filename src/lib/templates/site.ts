/**
 * The skeleton of every document type, from the catalog (build time only). Each document's
 * headings come from its rendered body (src/loaders/docs.ts), i.e. with the ids the page itself carries.
 */
import { readRendered } from '../../loaders/docs';
import { getCatalog, type Doc } from '../catalog';
import { displayTitle } from '../labels';
import { docTypes, type DocTypeSlug, type Term } from '../taxonomy';
import { deriveSkeleton, type Skeleton, type SkeletonDoc } from './skeleton';

export interface TypeSkeleton {
  type: Term<DocTypeSlug>;
  skeleton: Skeleton;
}

let loading: Promise<TypeSkeleton[]> | undefined;

async function skeletonDoc(doc: Doc, versionGroup: string | undefined): Promise<SkeletonDoc> {
  const { headings } = readRendered(doc);
  return { id: doc.id, title: displayTitle(doc.data), headings, versionGroup, types: doc.data.types };
}

/** One skeleton per document type, in taxonomy order (types without documents included). */
export function getTypeSkeletons(): Promise<TypeSkeleton[]> {
  loading ??= (async () => {
    const { facets, versionGroups } = await getCatalog();
    const types = facets.type;
    const inputs = new Map<string, Promise<SkeletonDoc>>();
    const input = (doc: Doc) => {
      let p = inputs.get(doc.id);
      if (!p) inputs.set(doc.id, (p = skeletonDoc(doc, versionGroups.get(doc.id))));
      return p;
    };
    return Promise.all(
      types.map(async (value) => ({
        type: docTypes.get(value.slug as DocTypeSlug),
        skeleton: deriveSkeleton(await Promise.all(value.docs.map(input)), { type: value.slug }),
      })),
    );
  })();
  return loading;
}
