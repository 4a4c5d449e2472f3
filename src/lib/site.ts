/** Site-wide constants shown to readers. */
export const SITE_NAME = '精神文明建设文库';
