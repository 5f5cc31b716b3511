// One click quotes a unit's text into the office's editor as a paragraph of its own («UBND xã X: …»), at the end
// (a blank line before and after: the narrative starts a paragraph at a blank line).
(function () {
  'use strict';
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-quote]');
    if (!button) return;
    var box = document.getElementById(button.getAttribute('data-quote-target'));
    if (!box || box.readOnly) return;
    var text = box.value.replace(/\s+$/, '');
    box.value = (text ? text + '\n\n' : '') + button.getAttribute('data-quote') + '\n\n';
    box.focus();
  });
})();
