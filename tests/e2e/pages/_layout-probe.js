// Records where the page's own text sits before any extension runs, so a test can check that our
// host did not push, hide or restyle the page. Badges are measured out: they sit inside the text
// on purpose. Runs before document_idle (deferred script).
window.__layout = () => {
  const badges = Array.from(document.querySelectorAll('mdm-badge'));
  const display = badges.map((b) => b.style.display);
  badges.forEach((b) => b.style.setProperty('display', 'none', 'important'));
  const boxes = Array.from(document.querySelectorAll('h1, p')).map((el) => {
    const r = el.getBoundingClientRect();
    return [el.localName, Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)].join(',');
  });
  badges.forEach((b, i) => (b.style.display = display[i]));
  return boxes;
};
window.__layoutAtLoad = window.__layout();
