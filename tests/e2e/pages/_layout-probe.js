// Records where the page's own text sits before any extension runs, so a test can check that
// our UI did not push, hide or restyle the page. Runs before document_idle (deferred script).
window.__layout = () =>
  Array.from(document.querySelectorAll('h1, p')).map((el) => {
    const r = el.getBoundingClientRect();
    return [el.localName, Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)].join(',');
  });
window.__layoutAtLoad = window.__layout();
