import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { docSchema } from './lib/schema';

/** Where the documents live (src/lib/content-dir.ts). */
const docsDir = contentDir();

const docs = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: docsDir,
    // The URL key is the frontmatter id, which must equal the file name: a renamed
    // file or a mistyped id fails the build instead of silently moving a URL.
    generateId: ({ entry, data }) => {
      const fileId = entry.replace(/\.mdx$/, '');
      if (data.id !== fileId) {
        throw new Error(`${docsDir}/${entry}: field "id" is ${JSON.stringify(data.id)} but must equal the file name "${fileId}"`);
      }
      return fileId;
    },
  }),
  schema: docSchema,
});

export const collections = { docs };
