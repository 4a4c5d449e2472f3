import { defineCollection } from 'astro:content';
import { docsLoader } from './loaders/docs';
import { contentDir } from './lib/content-dir';
import { docSchema } from './lib/schema';

/** Where the documents live (src/lib/content-dir.ts). */
const docsDir = contentDir();

// Rendered by our own loader, not the glob loader and @astrojs/mdx: see src/loaders/docs.ts.
const docs = defineCollection({ loader: docsLoader(docsDir), schema: docSchema });

export const collections = { docs };
