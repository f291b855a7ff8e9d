// The console page: keeps the rows of /api/updates, shows them sortable and filterable, and the
// details of one row from /api/rows/<id>. Every text from the program goes in with textContent,
// never as HTML.
(function () {
  'use strict';
  const rows = new Map();
  const view = { kind: 'task', sortKey: 'id', sortDir: 1, filter: [], open: null, counts: null,
    seq: 0, now: 0 };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'class') node.className = value;
      else if (key === 'style') node.style.cssText = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : String(child));
      }
    }
    return node;
  }

  // Durations with three significant digits, as the fmt format prints them.
  function duration(ns) {
    let value = Math.max(0, ns || 0);
    const units = ['ns', 'µs', 'ms', 's'];
    let unit = 0;
    while (unit < units.length - 1 && value >= 999.5) { value /= 1000; unit++; }
    if (unit === 3 && value >= 999.5) return (value / 60).toFixed(1) + 'min';
    const digits = unit === 0 ? 0 : value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
    return value.toFixed(digits) + units[unit];
  }

  function fieldText(fields) {
    return Object.entries(fields || {})
      .map(([name, value]) => name + '=' + (typeof value === 'string' ? JSON.stringify(value) : String(value)))
      .join(' ');
  }

  function time(micros) {
    const date = new Date(Math.floor(micros / 1000));
    return date.toISOString().slice(11, 23) + String(micros % 1000).padStart(3, '0');
  }

  // Filter: space-separated terms, all must match. "key=value" compares a field (or name, state,
  // target, kind, location) with its value; any other term is looked for, ignoring case, in the
  // name, target, location and fields.
  function parseFilter(text) {
    return text.trim().split(/\s+/).filter(Boolean).map((term) => {
      const eq = term.indexOf('=');
      if (eq > 0) return { key: term.slice(0, eq), value: term.slice(eq + 1) };
      return { text: term.toLowerCase() };
    });
  }

  function matches(row) {
    for (const term of view.filter) {
      if (term.text !== undefined) {
        const hay = [row.name, row.target, row.location || '', fieldText(row.fields)].join(' ').toLowerCase();
        if (!hay.includes(term.text)) return false;
      } else {
        const direct = ['name', 'state', 'target', 'kind', 'location', 'level'].includes(term.key);
        const value = direct ? row[term.key] : (row.fields || {})[term.key];
        if (value === undefined || String(value) !== term.value) return false;
      }
    }
    return true;
  }

  // A task is named by its executor (its span is always named "task").
  function displayName(row) {
    const executor = row.kind === 'task' && (row.fields || {})['task.name'];
    return executor ? String(executor) : row.name;
  }

  function sortValue(row, key) {
    switch (key) {
      case 'name': return displayName(row);
      case 'warn': return row.warnings.length;
      case 'fields': return fieldText(row.fields);
      case 'location': return row.location || '';
      case 'state': return ['scheduled', 'running', 'idle', 'done'].indexOf(row.state);
      default: return row[key];
    }
  }

  function render() {
    const listed = [...rows.values()].filter((row) => row.kind === view.kind && matches(row));
    listed.sort((a, b) => {
      const x = sortValue(a, view.sortKey), y = sortValue(b, view.sortKey);
      return (x < y ? -1 : x > y ? 1 : a.id - b.id) * view.sortDir;
    });
    const body = el('tbody');
    for (const row of listed) {
      const tr = el('tr', { 'data-id': row.id, 'data-state': row.state, class: row.id === view.open ? 'open' : '' },
        el('td', { class: 'warn', title: row.warnings.map((w) => w.message).join('\n') }, row.warnings.length ? '⚠' : ''),
        el('td', { class: 'num' }, row.id),
        el('td', {}, displayName(row)),
        el('td', { class: 'state-' + row.state }, row.state),
        el('td', { class: 'num' }, duration(row.total_ns)),
        el('td', { class: 'num' }, duration(row.busy_ns)),
        el('td', { class: 'num' }, duration(row.scheduled_ns)),
        el('td', { class: 'num' }, duration(row.idle_ns)),
        el('td', { class: 'num' }, row.polls),
        el('td', {}, row.location || '—'),
        el('td', { class: 'fields' }, fieldText(row.fields)));
      tr.addEventListener('click', () => openDetails(row.id));
      body.append(tr);
    }
    $('rows').tBodies[0].replaceWith(body);
    $('empty').hidden = listed.length > 0;
    if (view.counts) {
      const tasks = view.counts.tasks, spans = view.counts.spans;
      $('count-tasks').textContent = tasks.scheduled + tasks.running + tasks.idle + tasks.done;
      $('count-spans').textContent = spans.scheduled + spans.running + spans.idle + spans.done;
      const c = view.kind === 'task' ? tasks : spans;
      $('states').textContent = `${c.running} running · ${c.idle} idle · ${c.scheduled} scheduled · ${c.done} done`;
    }
    const warned = [...rows.values()].filter((row) => row.warnings.length);
    $('warning-summary').textContent = warned.length
      ? `⚠ ${warned.length} ${warned.length === 1 ? 'row has' : 'rows have'} warnings` : '';
    for (const th of document.querySelectorAll('#rows th')) {
      th.classList.toggle('sorted', th.dataset.key === view.sortKey);
      th.classList.toggle('asc', th.dataset.key === view.sortKey && view.sortDir === 1);
      th.classList.toggle('desc', th.dataset.key === view.sortKey && view.sortDir === -1);
    }
  }

  let renderQueued = false;
  function scheduleRender() {
    if (!renderQueued) {
      renderQueued = true;
      requestAnimationFrame(() => { renderQueued = false; render(); });
    }
  }

  function applyHeader(message) {
    view.seq = message.seq;
    view.now = message.now;
    view.counts = message.counts;
    const status = $('status');
    status.className = '';
    status.dataset.seq = message.seq;
    status.textContent = 'live · updated ' + time(message.now) + ' UTC';
    $('omitted').hidden = !message.omitted;
    $('omitted').textContent = message.omitted ? `${message.omitted} more open rows are not listed.` : '';
  }

  function connect() {
    const source = new EventSource('api/updates');
    source.addEventListener('snapshot', (event) => {
      const snapshot = JSON.parse(event.data);
      rows.clear();
      for (const row of snapshot.rows) rows.set(row.id, row);
      applyHeader(snapshot);
      scheduleRender();
    });
    source.addEventListener('update', (event) => {
      const update = JSON.parse(event.data);
      for (const row of update.changed) rows.set(row.id, row);
      for (const id of update.removed) rows.delete(id);
      applyHeader(update);
      scheduleRender();
    });
    source.onerror = () => {
      $('status').className = 'down';
      $('status').textContent = 'disconnected: the program stopped or the console is unreachable; retrying…';
    };
  }

  // Details of one row, refreshed every second while open.
  let detailsTimer = null;
  function openDetails(id) {
    view.open = id;
    if (location.hash !== '#row=' + id) history.replaceState(null, '', '#row=' + id);
    $('details').hidden = false;
    $('details').dataset.id = id;
    loadDetails();
    clearInterval(detailsTimer);
    detailsTimer = setInterval(loadDetails, 1000);
    scheduleRender();
  }

  function closeDetails() {
    view.open = null;
    clearInterval(detailsTimer);
    $('details').hidden = true;
    history.replaceState(null, '', location.pathname);
    scheduleRender();
  }

  async function loadDetails() {
    const id = view.open;
    if (id === null) return;
    const response = await fetch('api/rows/' + id);
    if (id !== view.open) return;
    if (!response.ok) {
      $('details-title').textContent = `#${id} is no longer listed`;
      clearInterval(detailsTimer);
      return;
    }
    renderDetails(await response.json());
  }

  function renderDetails(details) {
    const row = details.row;
    $('details-title').textContent = `${row.kind === 'task' ? 'Task' : 'Span'} ${displayName(row)} #${row.id} — ${row.state}`;
    const summary = el('dl', { id: 'details-summary' });
    const add = (term, value) => summary.append(el('dt', {}, term), el('dd', {}, value));
    add('target', row.target);
    add('location', row.location || '—');
    add('parent', row.parent ? `${row.parent.name} #${row.parent.id}` : '—');
    add('total', duration(row.total_ns));
    add('busy', duration(row.busy_ns));
    add('scheduled', duration(row.scheduled_ns));
    add('idle', duration(row.idle_ns));
    add('polls', row.polls);
    add('fields', fieldText(row.fields) || '—');
    $('details-summary').replaceWith(summary);
    const warnings = el('ul', { id: 'details-warnings', class: 'warnings' });
    for (const warning of row.warnings) warnings.append(el('li', { 'data-kind': warning.kind }, warning.message));
    $('details-warnings').replaceWith(warnings);
    renderSubtree(details);
    renderTimeline(details);
    renderHistogram('hist-poll', details.histograms.poll);
    renderHistogram('hist-scheduled', details.histograms.scheduled);
    renderEvents(details.events, details.events_dropped);
  }

  function renderSubtree(details) {
    const spans = details.spans;
    const children = new Map();
    const ids = new Set(spans.map((span) => span.id));
    for (const span of spans.slice(1)) {
      const parent = ids.has(span.parent) ? span.parent : spans[0].id;
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(span);
    }
    const body = el('tbody');
    const seen = new Set();
    const walk = (span, depth) => {
      if (seen.has(span.id)) return;
      seen.add(span.id);
      body.append(el('tr', { 'data-span-id': span.id, 'data-state': span.state },
        el('td', { style: `padding-left:${8 + depth * 16}px` }, span.name,
          el('span', { class: 'count' }, ` #${span.id}`), span.row && span !== spans[0] ? ' (task)' : ''),
        el('td', { class: 'state-' + span.state }, span.state),
        el('td', { class: 'num' }, duration(span.busy_ns)),
        el('td', { class: 'num' }, duration(span.idle_ns)),
        el('td', { class: 'num' }, span.polls),
        el('td', { class: 'fields' }, fieldText(span.fields))));
      for (const child of children.get(span.id) || []) walk(child, depth + 1);
    };
    if (spans.length) walk(spans[0], 0);
    $('subtree').tBodies[0].replaceWith(body);
    $('subtree-dropped').hidden = !details.spans_dropped;
    $('subtree-dropped').textContent = `${details.spans_dropped} closed spans are not shown.`;
  }

  // The subtree drawn by the timeline module's renderer, from a model made of the details: times
  // in nanoseconds from the row's creation, a parent before its children.
  const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'];
  let timeline = null;
  function timelineModel(details) {
    const threads = [];
    const threadIndex = (name) => {
      const label = name === null ? 'running now' : name;
      let i = threads.indexOf(label);
      if (i < 0) { i = threads.length; threads.push(label); }
      return i;
    };
    const index = new Map(details.spans.map((span, i) => [span.id, i]));
    const now = details.row.total_ns;
    const spans = details.spans.map((span, i) => ({
      parent: i === 0 ? -1 : index.has(span.parent) && index.get(span.parent) < i ? index.get(span.parent) : 0,
      name: span.name, target: span.target, start: span.start_ns,
      end: span.end_ns === null ? Math.max(now, span.start_ns) : span.end_ns, open: span.end_ns === null,
      fields: Object.entries(span.fields).map(([name, value]) => [name, String(value)]),
      intervals: span.intervals.map((interval) => ({ start: interval.start_ns, end: interval.end_ns,
        thread: threadIndex(interval.thread) })),
      events: [],
    }));
    const outside = [];
    for (const event of details.events) {
      const fields = Object.entries(event.fields).filter(([name]) => name !== 'message')
        .map(([name, value]) => [name, String(value)]);
      const mark = { time: Math.max(0, (event.time - details.row.created) * 1000),
        level: Math.max(0, LEVELS.indexOf(event.level)), message: event.fields.message || '',
        fields, thread: threadIndex(event.thread) };
      (index.has(event.span.id) ? spans[index.get(event.span.id)].events : outside).push(mark);
    }
    return Timeline.model({ title: details.row.name, startedAt: details.row.created / 1000,
      end: now, notice: null, threads, spans, events: outside });
  }

  function renderTimeline(details) {
    if (typeof Timeline === 'undefined') return;
    const model = timelineModel(details);
    const container = $('subtree-timeline');
    if (timeline && timeline.id === details.row.id) {
      timeline.view.setModel(model);
    } else {
      container.replaceChildren();
      delete container.dataset.rowId;
      timeline = { id: details.row.id, view: Timeline.mount(container, model) };
      container.dataset.rowId = details.row.id;
    }
    container.dataset.spans = model.spans.length;
  }

  function renderHistogram(id, histogram) {
    const figure = $(id);
    const chart = el('div', { class: 'chart' });
    const highest = Math.max(1, ...histogram.buckets);
    histogram.buckets.forEach((count, i) => {
      chart.append(el('div', { style: `height:${count / highest * 100}%`, title: `${count}` }));
    });
    figure.querySelector('.chart').replaceWith(chart);
    figure.querySelector('.stats').textContent = histogram.count
      ? `${histogram.count} samples · min ${duration(histogram.min_ns)} · p50 ${duration(histogram.p50_ns)}`
        + ` · p99 ${duration(histogram.p99_ns)} · max ${duration(histogram.max_ns)}`
      : 'no samples yet';
  }

  function renderEvents(events, dropped) {
    const body = el('tbody');
    for (const event of events.slice().reverse()) {
      const fields = Object.assign({}, event.fields);
      const message = fields.message;
      delete fields.message;
      body.append(el('tr', {},
        el('td', {}, time(event.time)),
        el('td', { class: 'level-' + event.level }, event.level),
        el('td', {}, `${event.span.name} #${event.span.id}`),
        el('td', { class: 'fields' }, [message, fieldText(fields)].filter(Boolean).join(' ')),
        el('td', {}, event.thread)));
    }
    if (!events.length) body.append(el('tr', {}, el('td', { colspan: 5, class: 'hint' }, 'no events')));
    if (dropped) body.append(el('tr', {}, el('td', { colspan: 5, class: 'hint' }, `${dropped} older events are not kept.`)));
    $('events').tBodies[0].replaceWith(body);
  }

  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      view.kind = tab.dataset.kind;
      for (const other of document.querySelectorAll('.tab')) other.classList.toggle('selected', other === tab);
      render();
    });
  }
  for (const th of document.querySelectorAll('#rows th')) {
    th.addEventListener('click', () => {
      view.sortDir = view.sortKey === th.dataset.key ? -view.sortDir : 1;
      view.sortKey = th.dataset.key;
      render();
    });
  }
  $('filter').addEventListener('input', (event) => { view.filter = parseFilter(event.target.value); render(); });
  $('details-close').addEventListener('click', closeDetails);

  const linked = /^#row=(\d+)$/.exec(location.hash);
  if (linked) openDetails(Number(linked[1]));
  connect();
})();
