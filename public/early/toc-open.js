// Classic script right after a <details> (the table of contents, the metadata panel), so it runs
// before paint (a file, not inline code, for the Content-Security-Policy): open beside the text on
// wide screens, folded on phones so the text comes first.
document.currentScript.previousElementSibling.open = matchMedia('(min-width: 66em)').matches;
