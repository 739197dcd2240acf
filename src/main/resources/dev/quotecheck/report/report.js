(function () {
  'use strict';
  var buttons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var quotes = Array.prototype.slice.call(document.querySelectorAll('article.quote'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.doc'));
  function shows(filter, quote) {
    var status = quote.getAttribute('data-status');
    if (filter === 'all') { return true; }
    if (filter === 'flagged') { return status !== 'verified' && status !== 'extracted'; }
    return status === filter;
  }
  function apply(filter) {
    quotes.forEach(function (q) { q.hidden = !shows(filter, q); });
    sections.forEach(function (s) {
      var any = s.querySelector('article.quote:not([hidden])') !== null;
      var empty = s.querySelector('article.quote') === null;
      s.hidden = !any && !empty;
    });
    buttons.forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-filter') === filter));
    });
    document.body.setAttribute('data-filter', filter);
  }
  buttons.forEach(function (b) {
    b.addEventListener('click', function () { apply(b.getAttribute('data-filter')); });
  });
  apply('all');
  document.body.setAttribute('data-ready', 'true');
})();
