/**
 * Bare addresses stay text: GFM makes a link of every "www.xx.com", "http://…" and "a@b.cn" it
 * finds in running text (autolink literals), which in this library are a 范文 site's address or
 * a contact in a policy text, never a link to offer the reader. A link the text wrote as a link
 * (`[见](../id/#s2)`, `<http://…>`) stays. Escaping in the text cannot stop GFM here: it finds
 * addresses in the text after escapes are read (mdast-util-gfm-autolink-literal), so it is undone
 * here, after GFM, for the site and for the importer's check alike (both use src/plugins/index.ts).
 */
import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

export default function remarkPlainAddresses() {
  return (tree: Root, file: VFile) => {
    const source = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    // A link GFM found in text has no position, or its source does not open with "[" or "<".
    const bare = (node: RootContent) => {
      if (node.type !== 'link') return false;
      const at = node.position?.start.offset;
      return at === undefined || !'[<'.includes(source[at] ?? '');
    };
    const walk = (node: Parent) => {
      node.children = node.children.flatMap((child) => {
        if (bare(child)) return (child as Parent).children;
        if ('children' in child) walk(child);
        return [child];
      }) as Parent['children'];
    };
    walk(tree);
  };
}
