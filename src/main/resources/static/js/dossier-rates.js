// Biểu 06: the two rates of a row follow the typed figures at once — online (4)/(3) and on time ((8)+(9))/(7) —
// in the Vietnamese form 98,91 %. The server computes the same on save; this is only the live view.
(function () {
  'use strict';
  var table = document.querySelector('.dossier-table');
  if (!table) return;
  function count(input) {
    if (!input) return null;
    var text = input.value.trim().replace(/\./g, '').replace(/\s/g, '');
    return /^\d+$/.test(text) ? parseInt(text, 10) : null;
  }
  function ratio(part, whole) {
    if (part === null || whole === null || whole === 0) return '';
    return (part * 100 / whole).toLocaleString('vi-VN', {minimumFractionDigits: 2, maximumFractionDigits: 2}) + ' %';
  }
  function update(row) {
    var cells = row.querySelectorAll('input.dossier-num');
    var rates = row.querySelectorAll('.dossier-rate');
    if (cells.length < 11 || rates.length < 2) return;
    var early = count(cells[5]);
    var onTime = count(cells[6]);
    rates[0].textContent = ratio(count(cells[1]), count(cells[0]));
    rates[1].textContent = ratio(early === null || onTime === null ? null : early + onTime, count(cells[4]));
  }
  table.addEventListener('input', function (ev) {
    var row = ev.target.closest('tr');
    if (row) update(row);
  });
})();
