// «Mở bản ghi»: a link from the checks page (a[data-finding]) opens the record at the exact field. The checks page
// keeps the finding's text in sessionStorage; the record page scrolls to the element named by the URL's #anchor
// (a field id, a table row, a section card), highlights it, focuses its first field and shows the finding beside
// it with a link back to the checks (which re-runs them). No inline script: CSP forbids it.
(function () {
  'use strict';
  var KEY = 'cchc.finding';
  var backText = document.currentScript ? document.currentScript.getAttribute('data-back') : '';

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-finding]') : null;
    if (!a) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify({ path: a.pathname, hash: a.hash,
        text: a.getAttribute('data-finding'), back: location.pathname }));
    } catch (ignored) { /* private mode: the field is still highlighted */ }
  });

  function saved() {
    try { return JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (ignored) { return null; }
  }

  function note(finding) {
    var box = document.createElement('div');
    box.id = 'finding-note';
    box.className = 'alert alert-warning py-1 px-2 small mt-1 mb-1 finding-note';
    box.setAttribute('role', 'status');
    box.appendChild(document.createTextNode(finding.text + ' '));
    if (finding.back) {
      var back = document.createElement('a');
      back.href = finding.back;
      back.textContent = backText;
      box.appendChild(back);
    }
    return box;
  }

  function show() {
    if (!location.hash || location.hash.length < 2) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    var field = /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) ? target
      : target.querySelector('input:not([type=hidden]):not([disabled]),select:not([disabled]),textarea');
    var box = field && field.closest('.col-md-6, .col-md-4, .col-md-3, .col-12, .mb-3, td, .card-body') || target;
    box.classList.add('finding-target');
    var finding = saved();
    if (finding && finding.path === location.pathname && finding.hash === location.hash) {
      var n = note(finding);
      if (target.tagName === 'TR') {
        var row = document.createElement('tr');
        var cell = document.createElement('td');
        cell.colSpan = target.cells.length;
        cell.appendChild(n);
        row.appendChild(cell);
        target.parentNode.insertBefore(row, target.nextSibling);
      } else {
        (field || target).insertAdjacentElement('afterend', n);
      }
      if (field) field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' finding-note').trim());
    }
    target.scrollIntoView({ block: 'center' });
    if (field) field.focus({ preventScroll: true });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show); else show();
})();
