// Forgiving forms, loaded on every page (CSP allows no inline script, so behaviour hangs on data attributes):
// - data-confirm="question" on a submit button or a form: ask before submitting; Cancel keeps the page as it is.
// - data-progress="text" on a form: once sent, its buttons are disabled and show the text with a spinner.
// - a box that scrolls (a wide table on a phone, a long side list) gets tabindex=0 and a name so the keyboard
//   can reach and scroll it; the name comes from data-scroll-label, the table's caption or the nearest heading.
// - a link to a generated file (.pdf, .docx, .xlsx, .zip) announces that the file is coming (text from #ux-status).
// - data-keep-scroll on a form: after it is sent and the page comes back (redirect after save), the page is where
//   the user left it, not at the top of a long editor.
(function () {
  'use strict';
  var status = document.getElementById('ux-status');

  function announce(text) {
    if (!status || !text) return;
    status.textContent = text;
    status.classList.remove('d-none');
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { status.classList.add('d-none'); }, 8000);
  }

  function nameOf(box) {
    if (box.getAttribute('data-scroll-label')) return box.getAttribute('data-scroll-label');
    var caption = box.querySelector('caption');
    if (caption) return caption.textContent.trim();
    for (var el = box; el && el !== document.body; el = el.parentElement) {
      for (var prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (/^H[1-6]$/.test(prev.tagName)) return prev.textContent.trim();
        var inner = prev.querySelector && prev.querySelector('h1,h2,h3,h4,h5,h6');
        if (inner) return inner.textContent.trim();
      }
    }
    return status ? status.getAttribute('data-scroll-text') : '';
  }
  function reachScrollables() {
    document.querySelectorAll('main *').forEach(function (box) {
      if (box.hasAttribute('tabindex') || box.tagName === 'TEXTAREA' || box.tagName === 'SELECT') return;
      var css = window.getComputedStyle(box);
      var scrolls = (/(auto|scroll)/.test(css.overflowX) && box.scrollWidth > box.clientWidth + 1)
          || (/(auto|scroll)/.test(css.overflowY) && box.scrollHeight > box.clientHeight + 1);
      if (!scrolls || box.querySelector('a[href],button,input,select,textarea,[tabindex]')) return;
      box.setAttribute('tabindex', '0');
      if (!box.getAttribute('role') && box.tagName === 'DIV') box.setAttribute('role', 'region');
      if (!box.getAttribute('aria-label')) box.setAttribute('aria-label', nameOf(box));
    });
    // the width this was last done for: a test that resizes the window waits on it instead of sleeping
    document.documentElement.setAttribute('data-scrollables-width', String(window.innerWidth));
  }
  reachScrollables();
  window.addEventListener('resize', function () {
    window.clearTimeout(reachScrollables.timer);
    reachScrollables.timer = window.setTimeout(reachScrollables, 200);
  });

  // Fields with errors: aria-invalid, the message tied to the field, and a summary above the form whose links
  // move to each field (the first error gets the focus, so a screen reader hears it at once).
  function describeErrors() {
    var fields = document.querySelectorAll('main .is-invalid');
    if (!fields.length) return;
    var items = [];
    fields.forEach(function (field, i) {
      if (!/^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName) || field.type === 'hidden') return;
      if (!field.id) field.id = 'ux-field-' + i;
      field.setAttribute('aria-invalid', 'true');
      var feedback = field.parentElement && field.parentElement.querySelector('.invalid-feedback');
      var message = feedback ? feedback.textContent.trim() : (field.getAttribute('title') || '');
      if (feedback) {
        if (!feedback.id) feedback.id = field.id + '-error';
        var ids = (field.getAttribute('aria-describedby') || '').split(' ');
        if (ids.indexOf(feedback.id) < 0) field.setAttribute('aria-describedby', (ids.join(' ') + ' ' + feedback.id).trim());
      }
      var label = document.querySelector('label[for="' + field.id + '"]');
      var name = label ? label.textContent.trim() : (field.getAttribute('aria-label') || '');
      items.push({id: field.id, text: (name && message.indexOf(name) < 0 ? name + ': ' : '') + message});
    });
    var form = fields[0].form;
    if (!items.length || !form || document.querySelector('[data-error-summary], main .alert-danger')) return;
    var box = document.createElement('div');
    box.className = 'alert alert-danger';
    box.setAttribute('role', 'alert');
    box.setAttribute('tabindex', '-1');
    box.setAttribute('data-error-summary', '');
    var title = document.createElement('p');
    title.className = 'fw-semibold mb-1';
    title.textContent = status ? status.getAttribute('data-errors-text') : '';
    box.appendChild(title);
    var list = document.createElement('ul');
    list.className = 'mb-0';
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + item.id;
      a.textContent = item.text;
      a.addEventListener('click', function (ev) {
        ev.preventDefault();
        var target = document.getElementById(item.id);
        target.scrollIntoView({block: 'center'});
        target.focus();
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(list);
    form.parentNode.insertBefore(box, form);
    box.focus();
  }
  describeErrors();

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    var submitter = ev.submitter;
    var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      ev.preventDefault();
      return;
    }
    var progress = form.getAttribute('data-progress');
    if (progress) {
      announce(progress);
      // disabled after the browser has taken the submitter's name/value into the request
      window.setTimeout(function () {
        form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (b) {
          b.disabled = true;
        });
        if (submitter) {
          var spinner = document.createElement('span');
          spinner.className = 'spinner-border spinner-border-sm ms-2';
          spinner.setAttribute('aria-hidden', 'true');
          submitter.appendChild(spinner);
        }
      }, 0);
    }
  });

  document.addEventListener('click', function (ev) {
    var link = ev.target.closest ? ev.target.closest('a[href]') : null;
    if (!link || link.hasAttribute('data-download')) return;
    var path = link.pathname || '';
    if (/\.(pdf|docx|xlsx|zip)$/i.test(path) && status) announce(status.getAttribute('data-download-text'));
  });
  // Keep the scroll position across a save: remembered per page for a minute, used once; not when the page
  // comes back with an error, which is said at its top.
  var scrollKey = 'ux-scroll:' + window.location.pathname;
  document.querySelectorAll('form[data-keep-scroll]').forEach(function (form) {
    form.addEventListener('submit', function () {
      try {
        window.sessionStorage.setItem(scrollKey, JSON.stringify({ y: window.scrollY, at: Date.now() }));
      } catch (e) { /* storage off: the page opens at the top, as before */ }
    });
  });
  try {
    var kept = JSON.parse(window.sessionStorage.getItem(scrollKey) || 'null');
    window.sessionStorage.removeItem(scrollKey);
    if (kept && Date.now() - kept.at < 60000 && !document.querySelector('main .is-invalid, main .alert-danger')) {
      window.scrollTo({ top: kept.y, behavior: 'instant' });
    }
  } catch (e) { /* nothing kept */ }
})();
