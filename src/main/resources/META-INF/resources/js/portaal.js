// The few things the portal does with script. Every page works without it; this only makes it nicer.
'use strict';

// Quick exit: replace this page instead of adding a step, so Back does not return to the portal page.
// Without script the link itself still goes to the neutral site.
document.addEventListener('click', function (e) {
  const link = e.target.closest && e.target.closest('a.snel-weg');
  if (!link) {
    return;
  }
  e.preventDefault();
  try { sessionStorage.clear(); } catch (ignored) { /* storage may be off */ }
  window.location.replace(link.href);
});

// On a wide screen portaal.css always shows the menu; it is opened as well, so the browser and assistive
// technology treat its links as shown, not as the content of a closed disclosure. On a phone it starts closed.
const breedScherm = window.matchMedia('(min-width: 64em)');
function menuNaarBreedte() {
  document.querySelectorAll('details.menu').forEach(function (menu) { menu.open = breedScherm.matches; });
}
breedScherm.addEventListener('change', menuNaarBreedte);

document.addEventListener('DOMContentLoaded', function () {
  menuNaarBreedte();

  // On a phone a table is shown as a list (portaal.css); each cell then needs its column's heading.
  document.querySelectorAll('table.log').forEach(function (tabel) {
    const koppen = Array.from(tabel.querySelectorAll('thead th')).map(function (th) { return th.textContent.trim(); });
    tabel.querySelectorAll('tbody tr').forEach(function (rij) {
      Array.from(rij.children).forEach(function (cel, i) {
        if (cel.tagName === 'TD' && koppen[i]) {
          cel.dataset.kop = koppen[i];
        }
      });
    });
    tabel.classList.add('als-lijst');
  });

  // After a refused form the summary above it lists every message as a link to its field, and gets the
  // focus, so a screen reader reads first what went wrong. The messages next to the fields come from the
  // server; without script they are all there is.
  const ongeldig = Array.from(document.querySelectorAll('main [aria-invalid=true][id]'));
  if (ongeldig.length > 0) {
    let overzicht = document.querySelector('main [role=alert]');
    if (!overzicht) {
      overzicht = document.createElement('div');
      overzicht.className = 'waarschuwing utrecht-alert utrecht-alert--warning';
      overzicht.setAttribute('role', 'alert');
      const formulier = ongeldig[0].closest('form');
      formulier.parentNode.insertBefore(overzicht, formulier);
    }
    const lijst = document.createElement('ul');
    ongeldig.forEach(function (veld) {
      const fout = (veld.getAttribute('aria-describedby') || '').split(' ')
        .map(function (id) { return document.getElementById(id); })
        .find(function (e) { return e && e.classList.contains('fout'); });
      const label = document.querySelector('label[for="' + veld.id + '"]');
      const link = document.createElement('a');
      link.href = '#' + veld.id;
      link.textContent = (label ? label.textContent.trim() + ': ' : '') + (fout ? fout.textContent.trim() : '');
      const item = document.createElement('li');
      item.appendChild(link);
      lijst.appendChild(item);
    });
    overzicht.appendChild(lijst);
    overzicht.classList.add('foutoverzicht');
    overzicht.tabIndex = -1;
    overzicht.focus();
  }

  // The menu link of the page itself is marked, for sight and for screen readers.
  document.querySelectorAll('.menu a').forEach(function (a) {
    if (a.pathname === window.location.pathname) {
      a.setAttribute('aria-current', 'page');
    }
  });
});
