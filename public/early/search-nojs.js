// Classic script right after the search page's "needs JavaScript" notice: scripts run, so hide
// it before it is painted (a file, not inline code, for the Content-Security-Policy).
document.currentScript.previousElementSibling.hidden = true;
