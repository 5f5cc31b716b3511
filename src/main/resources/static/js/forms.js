// Forgiving forms, loaded on every page (CSP allows no inline script, so behaviour hangs on data attributes):
// - data-confirm="question" on a submit button or a form: ask before submitting; Cancel keeps the page as it is.
// - data-progress="text" on a form: once sent, its buttons are disabled and show the text with a spinner.
// - a link to a generated file (.pdf, .docx, .xlsx, .zip) announces that the file is coming (text from #ux-status).
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
})();
