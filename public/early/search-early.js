// Classic script right after the search page's "needs JavaScript" notice, run before the first
// paint (a file, not inline code, for the Content-Security-Policy):
//  - scripts run, so the notice is hidden before it is painted;
//  - with no query or filter in the address, the hint for an empty search shows from the first
//    paint instead of after the index has loaded (the page script keeps it in step from then on).
document.currentScript.previousElementSibling.hidden = true;
if (!location.search) document.documentElement.classList.add('search-blank');
