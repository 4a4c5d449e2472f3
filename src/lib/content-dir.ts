/** Where the documents live: content/docs, or WENKU_CONTENT_DIR (tests, benchmarks and the reference library build other content). */
export const contentDir = (): string => process.env['WENKU_CONTENT_DIR'] ?? 'content/docs';
