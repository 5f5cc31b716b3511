// Downloads with visible progress: links marked data-download are fetched with fetch(), the bytes are counted
// as they arrive (a bar when the size is known, a counter otherwise), then the file is saved under the name the
// server gives in Content-Disposition (filename* first). Also: selects/radios marked data-autosubmit submit their form.
(function () {
  'use strict';
  document.querySelectorAll('[data-autosubmit]').forEach(function (el) {
    el.addEventListener('change', function () { if (el.form) el.form.submit(); });
  });
  var box = document.getElementById('download-progress');
  if (!box || !window.fetch || !window.ReadableStream) return;
  var bar = box.querySelector('[data-progress-bar]');
  var info = box.querySelector('[data-progress-text]');

  function fileName(header, fallback) {
    if (!header) return fallback;
    var star = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (star) { try { return decodeURIComponent(star[1]); } catch (e) { /* fall through */ } }
    var plain = /filename="([^"]+)"/i.exec(header);
    return plain ? plain[1] : fallback;
  }
  function kb(n) { return (n / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 0 }) + ' KB'; }

  document.querySelectorAll('a[data-download]').forEach(function (link) {
    link.addEventListener('click', function (ev) {
      ev.preventDefault();
      if (link.classList.contains('disabled')) return;
      link.classList.add('disabled');
      box.classList.remove('d-none', 'alert-danger');
      box.classList.add('alert-info');
      bar.style.width = '100%';
      info.textContent = '';
      fetch(link.href, { credentials: 'same-origin' }).then(function (res) {
        if (!res.ok) throw new Error(res.status);
        var total = parseInt(res.headers.get('Content-Length') || '0', 10);
        var name = fileName(res.headers.get('Content-Disposition'), 'tai-ve');
        var reader = res.body.getReader();
        var chunks = [];
        var received = 0;
        function pump() {
          return reader.read().then(function (step) {
            if (step.done) return;
            chunks.push(step.value);
            received += step.value.length;
            if (total > 0) bar.style.width = Math.round(received * 100 / total) + '%';
            info.textContent = kb(received) + (total > 0 ? ' / ' + kb(total) : '');
            return pump();
          });
        }
        return pump().then(function () {
          var blob = new Blob(chunks, { type: res.headers.get('Content-Type') || 'application/octet-stream' });
          var url = URL.createObjectURL(blob);
          var a = document.createElement('a');
          a.href = url;
          a.download = name;
          document.body.appendChild(a);
          a.click();
          a.remove();
          setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
          box.classList.add('d-none');
        });
      }).catch(function () {
        box.classList.remove('alert-info');
        box.classList.add('alert-danger');
        info.textContent = box.dataset.failed;
      }).finally(function () {
        link.classList.remove('disabled');
      });
    });
  });
})();
