// Classic script in a redirect page's <head> (src/lib/anchors/lock.ts, redirectPage): go to the
// new address keeping the #anchor, which the meta refresh would drop. A file, not inline code,
// for the Content-Security-Policy.
location.replace(document.currentScript.dataset.to + location.hash);
