// Appended to a copy of a page by TimelinePageBrowserTest: acts as a user would, through the DOM,
// and writes what it saw as JSON into a pre element with the id "check".
(function () {
  'use strict';
  const out = {};
  const container = document.getElementById('timeline');
  const input = container.querySelector('.tl-search input');
  input.value = 'charge';
  input.dispatchEvent(new Event('input'));
  out.typedRows = Number(container.dataset.rows);
  out.typedMatches = Number(container.dataset.matches);
  input.value = '';
  input.dispatchEvent(new Event('input'));
  out.clearedRows = Number(container.dataset.rows);

  const byName = document.querySelector('#span-statistics thead th:first-child');
  byName.querySelector('button').click();
  out.byName = Array.from(document.querySelectorAll('#span-statistics tbody th'))
    .map((th) => th.textContent);
  out.byNameSort = byName.getAttribute('aria-sort');

  // Row 0 holds the events outside every span; row 1 is the first request's checkout.
  const canvas = container.querySelector('canvas');
  const box = canvas.getBoundingClientRect();
  canvas.dispatchEvent(new MouseEvent('mousemove',
    { clientX: box.left + 100, clientY: box.top + 26 + 22 + 11, bubbles: true }));
  out.tooltip = container.querySelector('.tl-tooltip').textContent;

  const pre = document.createElement('pre');
  pre.id = 'check';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}());
