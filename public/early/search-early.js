// Before the first paint: hide the no-script notice; no query in the address shows the empty-search hint (see search-page.css).
document.currentScript.previousElementSibling.hidden = true;
if (!location.search) document.documentElement.classList.add('search-blank');
