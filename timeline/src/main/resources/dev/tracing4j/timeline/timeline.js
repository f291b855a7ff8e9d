/*
 * tracing4j timeline: a canvas renderer for spans with a lifecycle. One file, no dependency, no
 * network; the Java side inlines it into every page it writes.
 *
 * Data and drawing are apart, so that any source of spans (a file's data, a live console) can
 * use the same view:
 *
 *   const model = Timeline.decode(JSON.parse(text));   // data format tracing4j-timeline/1
 *   const view = Timeline.mount(element, model);       // draws into element, returns the view
 *   view.setModel(newerModel);                          // redraws, keeps zoom and scroll
 *   view.search('r-17');  view.fit();  view.expandAll();  view.collapseAll();
 *   Timeline.sortable(tableElement);                    // click a header to sort the rows
 *
 * A model is plain data; times are nanoseconds since the recording started:
 *
 *   { title, startedAt, end, notice,          // end: when the recording ended
 *     threads: ['main', 'workers-1', ...],    // thread names, by index
 *     spans:  [Span],                         // a parent before its children, siblings by start
 *     events: [Event] }                       // events outside every span
 *   Span  = { parent,                         // index in spans, or -1 for a root (a request)
 *             name, target, start, end, open, // open: had not closed when the recording ended
 *             fields: [[name, value]],
 *             intervals: [{start, end, thread}],   // a thread was inside the span
 *             events: [Event] }
 *   Event = { time, level, message, fields, thread }   // level 0 TRACE ... 4 ERROR
 *
 * Timeline.model(model) completes such a hand-made model (depth, children, busy time), as
 * decode() does for the file's data.
 */
(function (global) {
  'use strict';

  const FORMAT = 'tracing4j-timeline/1';
  const LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'];
  const LEVEL_COLOURS = ['#b0b7bf', '#7f8b96', '#1e88e5', '#fb8c00', '#e53935'];
  // Thread colours keep clear of the level colours of event marks.
  const THREAD_COLOURS = ['#2a9d8f', '#7b5ea7', '#5b8c3a', '#b5651d', '#3f51b5',
    '#c2185b', '#8d8d1f', '#00838f', '#6d4c41', '#546e7a'];
  const IDLE_COLOUR = '#c8cfd6';
  const ROW_HEIGHT = 22;
  const AXIS_HEIGHT = 26;
  const LABEL_WIDTH = 300;
  const INDENT = 12;
  const EXPANDED_UP_TO = 20000; // larger recordings open with each request folded
  const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

  // ---- data -------------------------------------------------------------------------------

  /** Decodes the page's data (see docs/timeline-format.md) into a model. */
  function decode(wire) {
    if (!wire || wire.format !== FORMAT) {
      throw new Error('timeline data of format ' + (wire && wire.format) + ', expected ' + FORMAT);
    }
    const strings = wire.strings;
    const spansIn = reader(wire.spans, strings);
    const spans = [];
    let previousRootStart = 0;
    while (spansIn.more()) {
      const index = spans.length;
      const parentDelta = spansIn.next();
      const name = spansIn.string();
      const target = spansIn.string();
      const startDelta = spansIn.next();
      let duration = spansIn.next();
      const parent = parentDelta === 0 ? -1 : index - parentDelta;
      let start;
      if (parent < 0) {
        start = previousRootStart + startDelta;
        previousRootStart = start;
      } else {
        start = spans[parent].start + startDelta;
      }
      const open = duration < 0;
      if (open) {
        duration = -1 - duration;
      }
      const span = { parent, name, target, start, end: start + duration, open,
        fields: spansIn.fields(), intervals: [], events: [] };
      const intervalCount = spansIn.next();
      let previousEnd = start;
      for (let i = 0; i < intervalCount; i++) {
        const from = previousEnd + spansIn.next();
        const to = from + spansIn.next();
        span.intervals.push({ start: from, end: to, thread: spansIn.next() });
        previousEnd = to;
      }
      const eventCount = spansIn.next();
      let previousTime = start;
      for (let i = 0; i < eventCount; i++) {
        const e = spansIn.event(previousTime);
        previousTime = e.time;
        span.events.push(e);
      }
      spans.push(span);
    }
    const eventsIn = reader(wire.events, strings);
    const events = [];
    let previousTime = 0;
    while (eventsIn.more()) {
      const e = eventsIn.event(previousTime);
      previousTime = e.time;
      events.push(e);
    }
    return model({
      title: wire.title, startedAt: wire.startedAt, end: wire.end, notice: wire.notice || null,
      threads: wire.threads.map((i) => strings[i]), spans, events,
    });
  }

  /** Reads one of the data's flat arrays of integers in order. */
  function reader(data, strings) {
    let p = 0;
    const next = () => data[p++];
    const string = () => strings[data[p++]];
    const fields = () => {
      const count = next();
      const out = new Array(count);
      for (let i = 0; i < count; i++) {
        const name = string();
        out[i] = [name, string()];
      }
      return out;
    };
    const event = (previousTime) => {
      const time = previousTime + next();
      const level = next();
      const message = string();
      const thread = next();
      return { time, level, message, thread, fields: fields() };
    };
    return { more: () => p < data.length, next, string, fields, event };
  }

  /** Completes a model: depth, root, children, busy time and threads of each span. */
  function model(m) {
    let end = m.end || 0;
    m.spans.forEach((span, index) => {
      span.index = index;
      span.children = [];
      if (span.parent >= 0) {
        const parent = m.spans[span.parent];
        span.depth = parent.depth + 1;
        span.root = parent.root;
        parent.children.push(index);
      } else {
        span.depth = 0;
        span.root = index;
      }
      span.events.forEach((e) => { e.span = index; });
      span.busy = unionLength(span.intervals);
      span.firstEnter = span.intervals.reduce((t, i) => Math.min(t, i.start), Infinity);
      end = Math.max(end, span.end);
    });
    m.events.forEach((e) => { e.span = -1; end = Math.max(end, e.time); });
    m.end = end;
    return m;
  }

  /** The time covered by at least one interval: two threads inside at once count once. */
  function unionLength(intervals) {
    if (intervals.length === 0) {
      return 0;
    }
    const sorted = intervals.slice().sort((a, b) => a.start - b.start);
    let total = 0;
    let from = sorted[0].start;
    let to = sorted[0].end;
    for (let i = 1; i < sorted.length; i++) {
      const interval = sorted[i];
      if (interval.start > to) {
        total += to - from;
        from = interval.start;
        to = interval.end;
      } else if (interval.end > to) {
        to = interval.end;
      }
    }
    return total + (to - from);
  }

  // ---- text -------------------------------------------------------------------------------

  const UNITS = ['ns', '\u00b5s', 'ms', 's'];

  /** Three significant digits and the largest unit under 1000, as tracing4j prints durations. */
  function formatDuration(nanos) {
    let value = Math.max(0, nanos);
    let unit = 0;
    while (unit < UNITS.length - 1 && value >= 999.5) {
      value /= 1000;
      unit++;
    }
    const text = value < 9.995 ? value.toFixed(2) : value < 99.95 ? value.toFixed(1)
      : String(Math.round(value));
    return text + UNITS[unit];
  }

  /** Bidirectional controls would show the rest of a label in another order than written. */
  function visible(text) {
    return String(text).replace(BIDI_CONTROLS, '\ufffd');
  }

  function fieldsText(fields) {
    return fields.map(([name, value]) => name + '=' + value).join(' ');
  }

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach((key) => node.setAttribute(key, attributes[key]));
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // ---- the view ---------------------------------------------------------------------------

  /** Draws {@code m} into {@code container}; returns the view. */
  function mount(container, m) {
    container.classList.add('tl');
    const toolbar = el('div', { class: 'tl-toolbar' });
    const searchLabel = el('label', { class: 'tl-search' }, 'Search ');
    const searchInput = el('input', { type: 'search', placeholder: 'span name or field value',
      'aria-label': 'Search spans by name or field value', spellcheck: 'false' });
    searchLabel.appendChild(searchInput);
    const count = el('output', { class: 'tl-count', 'aria-live': 'polite' });
    const fitButton = el('button', { type: 'button' }, 'Fit');
    const collapseButton = el('button', { type: 'button' }, 'Fold all');
    const expandButton = el('button', { type: 'button' }, 'Unfold all');
    const help = el('span', { class: 'tl-help' },
      'Drag to pan \u00b7 Ctrl+wheel or + \u2212 to zoom \u00b7 double-click a span to fit it'
      + ' \u00b7 click \u25b8 to fold');
    [searchLabel, count, fitButton, collapseButton, expandButton, help]
      .forEach((n) => toolbar.appendChild(n));
    const legend = el('div', { class: 'tl-legend' });
    const viewport = el('div', { class: 'tl-viewport', tabindex: '0', role: 'application',
      'aria-label': 'Timeline: one row per span; arrow keys pan, + and - zoom, 0 fits' });
    const canvas = el('canvas', { class: 'tl-canvas' });
    const spacer = el('div', { class: 'tl-spacer' });
    viewport.appendChild(canvas);
    viewport.appendChild(spacer);
    const tooltip = el('div', { class: 'tl-tooltip', role: 'tooltip' });
    tooltip.hidden = true;
    [toolbar, legend, viewport, tooltip].forEach((n) => container.appendChild(n));
    const g = canvas.getContext('2d');

    const state = {
      model: m, rows: [], collapsed: new Uint8Array(m.spans.length), matches: null, query: '',
      viewStart: 0, viewEnd: Math.max(1, m.end), hover: null, drag: null, frame: 0,
      aggregates: new Map(), haystacks: null,
    };
    if (m.spans.length > EXPANDED_UP_TO) {
      m.spans.forEach((span, i) => { if (span.parent < 0 && span.children.length) state.collapsed[i] = 1; });
    }

    // -- rows --
    function buildRows() {
      const spans = state.model.spans;
      const rows = [];
      if (state.model.events.length) {
        rows.push(-1); // the events outside every span
      }
      if (state.matches) {
        for (let i = 0; i < spans.length; i++) {
          if (state.matches[i]) {
            rows.push(i);
          }
        }
      } else {
        let foldedDepth = -1;
        for (let i = 0; i < spans.length; i++) {
          const depth = spans[i].depth;
          if (foldedDepth >= 0) {
            if (depth > foldedDepth) {
              continue;
            }
            foldedDepth = -1;
          }
          rows.push(i);
          if (state.collapsed[i] && spans[i].children.length) {
            foldedDepth = depth;
          }
        }
      }
      state.rows = rows;
      container.dataset.rows = String(rows.filter((r) => r >= 0).length);
      updateCount();
      resize();
    }

    function updateCount() {
      const total = state.model.spans.length;
      if (state.query) {
        const matching = state.direct;
        count.value = matching + ' of ' + total + ' spans match';
        container.dataset.matches = String(matching);
      } else {
        count.value = total + (total === 1 ? ' span' : ' spans') + ' in '
          + state.model.spans.filter((s) => s.parent < 0).length + ' requests';
        delete container.dataset.matches;
      }
    }

    // -- search --
    function haystack(i) {
      if (!state.haystacks) {
        state.haystacks = new Array(state.model.spans.length);
      }
      let text = state.haystacks[i];
      if (text === undefined) {
        const span = state.model.spans[i];
        text = (span.name + '\u0000' + span.fields.map(([k, v]) => k + '=' + v + '\u0000' + v)
          .join('\u0000')).toLowerCase();
        state.haystacks[i] = text;
      }
      return text;
    }

    /** Shows the spans whose name or a field value holds {@code text}, with their ancestors. */
    function search(text) {
      const query = String(text || '').trim().toLowerCase();
      if (searchInput.value.trim().toLowerCase() !== query) {
        searchInput.value = text;
      }
      state.query = query;
      if (!query) {
        state.matches = null;
        state.direct = 0;
      } else {
        const spans = state.model.spans;
        const shown = new Uint8Array(spans.length);
        const direct = new Uint8Array(spans.length);
        let matching = 0;
        for (let i = spans.length - 1; i >= 0; i--) {
          if (haystack(i).includes(query)) {
            direct[i] = 1;
            shown[i] = 1;
            matching++;
          }
          if (shown[i] && spans[i].parent >= 0) {
            shown[spans[i].parent] = 1;
          }
        }
        state.matches = shown;
        state.directMatches = direct;
        state.direct = matching;
      }
      buildRows();
      requestDraw();
    }

    // -- geometry --
    function scale() {
      return (canvas.clientWidth - LABEL_WIDTH) / Math.max(1, state.viewEnd - state.viewStart);
    }
    const xOf = (t) => LABEL_WIDTH + (t - state.viewStart) * scale();
    const timeAt = (x) => state.viewStart + (x - LABEL_WIDTH) / scale();

    function resize() {
      const contentHeight = AXIS_HEIGHT + state.rows.length * ROW_HEIGHT + 4;
      const height = Math.max(120, Math.min(contentHeight, Math.round(window.innerHeight * 0.72)));
      viewport.style.height = height + 'px';
      spacer.style.height = Math.max(0, contentHeight - height) + 'px';
      const ratio = window.devicePixelRatio || 1;
      const width = viewport.clientWidth;
      canvas.style.width = width + 'px';
      canvas.style.height = height + 'px';
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      g.setTransform(ratio, 0, 0, ratio, 0, 0);
      requestDraw();
    }

    function requestDraw() {
      if (!state.frame) {
        state.frame = requestAnimationFrame(() => { state.frame = 0; draw(); });
      }
    }

    // -- drawing --
    function draw() {
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const top = viewport.scrollTop;
      g.clearRect(0, 0, width, height);
      g.font = '12px system-ui, sans-serif';
      g.textBaseline = 'middle';
      drawGrid(width, height);
      const first = Math.max(0, Math.floor(top / ROW_HEIGHT));
      const last = Math.min(state.rows.length, Math.ceil((top + height - AXIS_HEIGHT) / ROW_HEIGHT));
      for (let r = first; r < last; r++) {
        drawRow(state.rows[r], AXIS_HEIGHT + r * ROW_HEIGHT - top, width, r);
      }
      drawAxis(width);
    }

    function tickStep(pixels) {
      const raw = (state.viewEnd - state.viewStart) * pixels / Math.max(1, canvas.clientWidth - LABEL_WIDTH);
      const power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
      return [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) || 10 * power;
    }

    function drawGrid(width, height) {
      const step = tickStep(110);
      g.strokeStyle = '#eef1f4';
      g.lineWidth = 1;
      g.beginPath();
      for (let t = Math.ceil(state.viewStart / step) * step; t <= state.viewEnd; t += step) {
        const x = Math.round(xOf(t)) + 0.5;
        g.moveTo(x, AXIS_HEIGHT);
        g.lineTo(x, height);
      }
      g.stroke();
    }

    function drawAxis(width) {
      const step = tickStep(110);
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, width, AXIS_HEIGHT);
      g.strokeStyle = '#c9d1d9';
      g.beginPath();
      g.moveTo(0, AXIS_HEIGHT - 0.5);
      g.lineTo(width, AXIS_HEIGHT - 0.5);
      g.moveTo(LABEL_WIDTH - 0.5, 0);
      g.lineTo(LABEL_WIDTH - 0.5, canvas.clientHeight);
      g.stroke();
      g.fillStyle = '#57606a';
      g.textAlign = 'left';
      g.fillText('span', 8, AXIS_HEIGHT / 2);
      g.save();
      g.beginPath();
      g.rect(LABEL_WIDTH, 0, width - LABEL_WIDTH, AXIS_HEIGHT);
      g.clip();
      g.beginPath();
      for (let t = Math.ceil(state.viewStart / step) * step; t <= state.viewEnd; t += step) {
        const x = Math.round(xOf(t)) + 0.5;
        g.moveTo(x, AXIS_HEIGHT - 6);
        g.lineTo(x, AXIS_HEIGHT);
        g.fillText(t === 0 ? '0' : formatDuration(t), x + 3, AXIS_HEIGHT / 2 - 1);
      }
      g.stroke();
      g.restore();
    }

    function drawRow(index, y, width, rowNumber) {
      const spans = state.model.spans;
      const span = index >= 0 ? spans[index] : null;
      const requestNumber = span ? span.root : -1;
      // Requests alternate their background, so where one ends and the next begins shows.
      g.fillStyle = requestNumber >= 0 && rootOrdinal(requestNumber) % 2 ? '#f6f8fa' : '#ffffff';
      g.fillRect(0, y, width, ROW_HEIGHT);
      if (span && span.parent < 0 && rowNumber > 0) {
        g.fillStyle = '#d0d7de';
        g.fillRect(0, y, width, 1);
      }
      if (state.hover && state.hover.row === index) {
        g.fillStyle = 'rgba(9, 105, 218, 0.08)';
        g.fillRect(0, y, width, ROW_HEIGHT);
      }
      const dim = state.matches && span && !state.directMatches[index];
      drawLabel(span, y);
      g.save();
      g.beginPath();
      g.rect(LABEL_WIDTH, y, width - LABEL_WIDTH, ROW_HEIGHT);
      g.clip();
      g.globalAlpha = dim ? 0.3 : 1;
      if (span) {
        drawLife(span, y);
        if (state.collapsed[index] && span.children.length && !state.matches) {
          drawFolded(index, y);
        }
        drawEvents(span.events, y);
      } else {
        drawEvents(state.model.events, y);
      }
      g.restore();
    }

    const rootOrdinals = new Map();
    function rootOrdinal(root) {
      if (rootOrdinals.size === 0) {
        let n = 0;
        state.model.spans.forEach((s, i) => { if (s.parent < 0) rootOrdinals.set(i, n++); });
      }
      return rootOrdinals.get(root) || 0;
    }

    function drawLabel(span, y) {
      g.save();
      g.beginPath();
      g.rect(0, y, LABEL_WIDTH - 4, ROW_HEIGHT);
      g.clip();
      const middle = y + ROW_HEIGHT / 2;
      if (!span) {
        g.fillStyle = '#57606a';
        g.fillText('events outside spans', 8, middle);
        g.restore();
        return;
      }
      let x = 8 + span.depth * INDENT;
      if (span.children.length) {
        g.fillStyle = '#57606a';
        const folded = state.collapsed[span.index] && !state.matches;
        g.fillText(folded ? '\u25b8' : '\u25be', x, middle);
      }
      x += 12;
      g.fillStyle = '#1f2328';
      g.font = span.parent < 0 ? '600 12px system-ui, sans-serif' : '12px system-ui, sans-serif';
      const name = visible(span.name);
      g.fillText(name, x, middle);
      x += g.measureText(name).width + 6;
      g.font = '12px system-ui, sans-serif';
      g.fillStyle = '#6e7781';
      g.fillText(visible(fieldsText(span.fields)), x, middle);
      g.restore();
    }

    function drawLife(span, y) {
      const from = xOf(span.start);
      const to = xOf(span.open ? state.model.end : span.end);
      const middle = y + ROW_HEIGHT / 2;
      // Idle: the whole life as a thin band; busy intervals are drawn over it, full height.
      g.fillStyle = IDLE_COLOUR;
      g.fillRect(from, middle - 2, Math.max(1, to - from), 4);
      if (span.open) {
        g.fillStyle = '#8c959f';
        g.fillText('\u2192 open', Math.max(from, to - 44), middle);
      }
      const intervals = span.intervals;
      for (let i = 0; i < intervals.length; i++) {
        const interval = intervals[i];
        if (interval.end < state.viewStart || interval.start > state.viewEnd) {
          continue;
        }
        const x = xOf(interval.start);
        g.fillStyle = threadColour(interval.thread);
        g.fillRect(x, y + 4, Math.max(1, xOf(interval.end) - x), ROW_HEIGHT - 8);
      }
    }

    /** A folded span shows the busy intervals of everything under it as a strip. */
    function drawFolded(index, y) {
      let strip = state.aggregates.get(index);
      if (!strip) {
        strip = [];
        const spans = state.model.spans;
        const stack = spans[index].children.slice();
        while (stack.length) {
          const child = spans[stack.pop()];
          child.intervals.forEach((interval) => strip.push(interval));
          child.children.forEach((c) => stack.push(c));
        }
        strip.sort((a, b) => a.start - b.start);
        state.aggregates.set(index, strip);
      }
      let lastThread = -1;
      let lastEnd = -1;
      for (let i = lowerBound(strip, state.viewStart); i < strip.length; i++) {
        const interval = strip[i];
        if (interval.start > state.viewEnd) {
          break;
        }
        const x = xOf(interval.start);
        const end = Math.max(x + 1, xOf(interval.end));
        // Intervals that fall within a pixel already drawn in the same colour add nothing.
        if (interval.thread === lastThread && x <= lastEnd && end <= lastEnd) {
          continue;
        }
        g.fillStyle = threadColour(interval.thread);
        g.fillRect(x, y + ROW_HEIGHT - 5, end - x, 3);
        lastEnd = end;
        lastThread = interval.thread;
      }
    }

    /** The first interval that may end after {@code time}, in a list sorted by start. */
    function lowerBound(sorted, time) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid].start < time) lo = mid + 1; else hi = mid;
      }
      // Back up over intervals that started earlier but may still be running.
      let i = lo;
      while (i > 0 && lo - i < 64 && sorted[i - 1].end >= time) i--;
      return i;
    }

    function drawEvents(events, y) {
      for (let i = 0; i < events.length; i++) {
        const e = events[i];
        if (e.time < state.viewStart || e.time > state.viewEnd) {
          continue;
        }
        const x = xOf(e.time);
        g.fillStyle = LEVEL_COLOURS[e.level] || LEVEL_COLOURS[2];
        g.strokeStyle = '#ffffff';
        g.lineWidth = 1;
        g.beginPath();
        g.moveTo(x, y + 2);
        g.lineTo(x + 4, y + 7);
        g.lineTo(x, y + 12);
        g.lineTo(x - 4, y + 7);
        g.closePath();
        g.fill();
        g.stroke();
      }
    }

    function threadColour(thread) {
      return THREAD_COLOURS[thread % THREAD_COLOURS.length];
    }

    function drawLegend() {
      legend.textContent = '';
      const item = (swatchClass, colour, text) => {
        const entry = el('span', { class: 'tl-legend-item' });
        const swatch = el('span', { class: swatchClass, 'aria-hidden': 'true' });
        if (colour) swatch.style.background = colour;
        entry.appendChild(swatch);
        entry.appendChild(document.createTextNode(text));
        legend.appendChild(entry);
      };
      item('tl-swatch tl-swatch-idle', null, 'idle (alive, no thread inside)');
      const threads = state.model.threads;
      threads.slice(0, 12).forEach((name, i) => item('tl-swatch', threadColour(i), 'busy on ' + visible(name)));
      if (threads.length > 12) {
        legend.appendChild(el('span', { class: 'tl-legend-item' }, '\u2026 ' + (threads.length - 12) + ' more threads'));
      }
      LEVELS.slice().reverse().forEach((level, i) => item('tl-swatch tl-swatch-event',
        LEVEL_COLOURS[LEVELS.length - 1 - i], level.toLowerCase()));
    }

    // -- pointer --
    function rowAt(y) {
      const r = Math.floor((y - AXIS_HEIGHT + viewport.scrollTop) / ROW_HEIGHT);
      return y < AXIS_HEIGHT || r < 0 || r >= state.rows.length ? null : state.rows[r];
    }

    function hitAt(x, y) {
      const row = rowAt(y);
      if (row === null) {
        return null;
      }
      const span = row >= 0 ? state.model.spans[row] : null;
      const events = span ? span.events : state.model.events;
      const rowTop = AXIS_HEIGHT + state.rows.indexOf(row) * ROW_HEIGHT - viewport.scrollTop;
      if (x >= LABEL_WIDTH) {
        let best = null;
        let bestDistance = 6;
        events.forEach((e) => {
          const d = Math.abs(xOf(e.time) - x);
          if (d < bestDistance && y - rowTop < 16) {
            best = e;
            bestDistance = d;
          }
        });
        if (best) {
          return { row, event: best };
        }
        if (span) {
          const t = timeAt(x);
          const slack = 2 / scale();
          const interval = span.intervals.find((i) => t >= i.start - slack && t <= i.end + slack);
          if (interval) {
            return { row, span, interval };
          }
          if (t >= span.start - slack && t <= (span.open ? state.model.end : span.end) + slack) {
            return { row, span };
          }
        }
        return { row, span: null };
      }
      return { row, span, label: true };
    }

    function showTooltip(hit, clientX, clientY) {
      tooltip.textContent = '';
      const line = (text, cls) => tooltip.appendChild(el('div', cls ? { class: cls } : {}, visible(text)));
      const threads = state.model.threads;
      if (hit.event) {
        const e = hit.event;
        line(LEVELS[e.level] + ' ' + e.message, 'tl-tip-title');
        e.fields.forEach(([k, v]) => line(k + ' = ' + v, 'tl-tip-field'));
        line('at ' + formatDuration(e.time) + ' on ' + threads[e.thread]);
        line(e.span >= 0 ? 'in ' + state.model.spans[e.span].name : 'outside every span');
      } else if (hit.span) {
        const span = hit.span;
        const end = span.open ? state.model.end : span.end;
        const duration = end - span.start;
        line(span.name, 'tl-tip-title');
        line(span.target, 'tl-tip-target');
        span.fields.forEach(([k, v]) => line(k + ' = ' + v, 'tl-tip-field'));
        if (hit.interval) {
          line('busy on ' + threads[hit.interval.thread] + ' for '
            + formatDuration(hit.interval.end - hit.interval.start) + ' from '
            + formatDuration(hit.interval.start), 'tl-tip-interval');
        }
        line('duration ' + formatDuration(duration) + (span.open ? ' (still open)' : '')
          + ' \u00b7 busy ' + formatDuration(span.busy) + ' \u00b7 idle '
          + formatDuration(Math.max(0, duration - span.busy)));
        line('started at ' + formatDuration(span.start) + (span.firstEnter < Infinity
          ? ', waited ' + formatDuration(span.firstEnter - span.start) + ' before its first enter'
          : ', never entered'));
        const byThread = new Map();
        span.intervals.forEach((i) => {
          const t = byThread.get(i.thread) || { count: 0, time: 0 };
          t.count++;
          t.time += i.end - i.start;
          byThread.set(i.thread, t);
        });
        if (byThread.size) {
          line('threads: ' + Array.from(byThread.entries()).map(([thread, t]) => threads[thread]
            + ' (' + formatDuration(t.time) + (t.count > 1 ? ' in ' + t.count + ' visits' : '') + ')')
            .join(', '));
        }
        if (span.events.length) {
          line(span.events.length + (span.events.length === 1 ? ' event' : ' events'));
        }
      } else {
        tooltip.hidden = true;
        return;
      }
      tooltip.hidden = false;
      const box = container.getBoundingClientRect();
      const left = Math.min(clientX - box.left + 14, box.width - tooltip.offsetWidth - 4);
      tooltip.style.left = Math.max(0, left) + 'px';
      tooltip.style.top = (clientY - box.top + 16) + 'px';
    }

    function point(event) {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    }

    canvas.addEventListener('mousemove', (event) => {
      const { x, y } = point(event);
      if (state.drag) {
        const dx = x - state.drag.x;
        const shift = dx / scale();
        state.viewStart = state.drag.viewStart - shift;
        state.viewEnd = state.drag.viewEnd - shift;
        viewport.scrollTop = state.drag.scrollTop - (y - state.drag.y);
        tooltip.hidden = true;
        requestDraw();
        return;
      }
      const hit = hitAt(x, y);
      const row = hit ? hit.row : null;
      if (!state.hover || state.hover.row !== row) {
        state.hover = hit;
        requestDraw();
      }
      state.hover = hit;
      if (hit) showTooltip(hit, event.clientX, event.clientY); else tooltip.hidden = true;
    });
    canvas.addEventListener('mouseleave', () => {
      state.hover = null;
      tooltip.hidden = true;
      requestDraw();
    });
    canvas.addEventListener('mousedown', (event) => {
      const { x, y } = point(event);
      state.drag = { x, y, viewStart: state.viewStart, viewEnd: state.viewEnd,
        scrollTop: viewport.scrollTop, moved: false };
      canvas.classList.add('tl-dragging');
    });
    window.addEventListener('mouseup', (event) => {
      if (!state.drag) return;
      const { x, y } = point(event);
      const clicked = Math.abs(x - state.drag.x) < 3 && Math.abs(y - state.drag.y) < 3;
      state.drag = null;
      canvas.classList.remove('tl-dragging');
      if (clicked) click(x, y);
    });
    canvas.addEventListener('dblclick', (event) => {
      const { x, y } = point(event);
      const hit = hitAt(x, y);
      if (hit && hit.row >= 0) {
        const span = state.model.spans[hit.row];
        zoomTo(span.start, span.open ? state.model.end : span.end);
      }
    });
    canvas.addEventListener('wheel', (event) => {
      const { x } = point(event);
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        zoomAround(x, Math.exp(event.deltaY * 0.002));
      } else if (event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY)) {
        event.preventDefault();
        pan((event.shiftKey ? event.deltaY : event.deltaX) / scale());
      }
    }, { passive: false });
    viewport.addEventListener('scroll', requestDraw);
    viewport.addEventListener('keydown', (event) => {
      const width = canvas.clientWidth - LABEL_WIDTH;
      const middle = LABEL_WIDTH + width / 2;
      const keys = {
        '+': () => zoomAround(middle, 0.8), '=': () => zoomAround(middle, 0.8),
        '-': () => zoomAround(middle, 1.25), '_': () => zoomAround(middle, 1.25),
        ArrowLeft: () => pan(-(state.viewEnd - state.viewStart) * 0.1),
        ArrowRight: () => pan((state.viewEnd - state.viewStart) * 0.1),
        0: fit,
      };
      const action = keys[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    });
    window.addEventListener('resize', resize);

    function click(x, y) {
      const row = rowAt(y);
      if (row === null || row < 0 || x >= LABEL_WIDTH) return;
      const span = state.model.spans[row];
      if (span.children.length && !state.matches) {
        state.collapsed[row] = state.collapsed[row] ? 0 : 1;
        buildRows();
      }
    }

    function zoomAround(x, factor) {
      const t = timeAt(Math.max(LABEL_WIDTH, x));
      const span = Math.max(1000, (state.viewEnd - state.viewStart) * factor);
      const share = (t - state.viewStart) / (state.viewEnd - state.viewStart);
      state.viewStart = t - span * share;
      state.viewEnd = state.viewStart + span;
      requestDraw();
    }

    function pan(nanos) {
      state.viewStart += nanos;
      state.viewEnd += nanos;
      requestDraw();
    }

    function zoomTo(from, to) {
      const margin = Math.max(1000, (to - from) * 0.05);
      state.viewStart = from - margin;
      state.viewEnd = to + margin;
      requestDraw();
    }

    function fit() {
      state.viewStart = 0;
      state.viewEnd = Math.max(1, state.model.end);
      requestDraw();
    }

    function foldAll(folded) {
      state.model.spans.forEach((span, i) => { state.collapsed[i] = folded && span.children.length ? 1 : 0; });
      buildRows();
    }

    searchInput.addEventListener('input', () => search(searchInput.value));
    fitButton.addEventListener('click', fit);
    collapseButton.addEventListener('click', () => foldAll(true));
    expandButton.addEventListener('click', () => foldAll(false));

    drawLegend();
    buildRows();

    return {
      /** Replaces the data, keeping zoom, scroll, folds and search; for live data. */
      setModel(newer) {
        const folded = state.collapsed;
        state.model = newer;
        state.collapsed = new Uint8Array(newer.spans.length);
        state.collapsed.set(folded.subarray(0, Math.min(folded.length, newer.spans.length)));
        state.aggregates = new Map();
        state.haystacks = null;
        rootOrdinals.clear();
        drawLegend();
        search(state.query);
      },
      search,
      fit,
      zoomTo,
      zoomAround,
      pan,
      expandAll: () => foldAll(false),
      collapseAll: () => foldAll(true),
      /** Draws now instead of at the next animation frame; returns the milliseconds it took. */
      drawNow() {
        const started = performance.now();
        draw();
        g.getImageData(0, 0, 1, 1); // waits until the drawing is rasterised
        return performance.now() - started;
      },
      rows: () => state.rows.filter((r) => r >= 0),
    };
  }

  // ---- the table --------------------------------------------------------------------------

  /** Sorts {@code table}'s body rows by a column when its header button is clicked. */
  function sortable(table) {
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((th, column) => {
      const button = th.querySelector('button');
      if (!button) return;
      button.addEventListener('click', () => {
        const numeric = th.dataset.sort === 'number';
        const current = th.getAttribute('aria-sort');
        const ascending = current === 'none' ? !numeric : current === 'descending';
        headers.forEach((other) => other.setAttribute('aria-sort', 'none'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows);
        const key = (row) => row.cells[column].dataset.value;
        rows.sort((a, b) => {
          const order = numeric ? Number(key(a)) - Number(key(b))
            : String(key(a)).localeCompare(String(key(b)));
          return ascending ? order : -order;
        });
        rows.forEach((row) => body.appendChild(row));
      });
    });
  }

  // ---- the page ---------------------------------------------------------------------------

  /**
   * The page's entry point: decodes #timeline-data, draws it into #timeline, makes the table
   * sortable and applies a search given in the address (timeline.html#search=r-17). Marks the
   * body data-timeline="ready" (or "failed", with the error shown).
   */
  function showPage(doc) {
    const container = doc.getElementById('timeline');
    try {
      const wire = JSON.parse(doc.getElementById('timeline-data').textContent);
      const m = decode(wire);
      const view = mount(container, m);
      const table = doc.getElementById('span-statistics');
      if (table) sortable(table);
      const asked = /[#&]search=([^&]*)/.exec(global.location ? global.location.hash : '');
      if (asked) view.search(decodeURIComponent(asked[1]));
      doc.body.dataset.timeline = 'ready';
      Timeline.current = { model: m, view };
      return Timeline.current;
    } catch (error) {
      doc.body.dataset.timeline = 'failed';
      container.appendChild(el('p', { class: 'notice' }, 'The timeline could not be drawn: ' + error));
      throw error;
    }
  }

  const Timeline = { decode, model, mount, sortable, showPage, formatDuration, current: null };
  global.Timeline = Timeline;
}(typeof window !== 'undefined' ? window : this));
