// Before the first paint: hide the no-script notice; no query in the address shows the empty-search hint (see search-page.css).
document.currentScript.previousElementSibling.hidden = true;
if (!location.search) document.documentElement.classList.add('search-blank');
// Imports an ES module by URL for the page's script (Pagefind's pagefind.js): an import() in the
// bundled script would bring Vite's preload helper (0.9 KB gzipped) onto every first query.
window.wenkuImport = (url) => import(url);
