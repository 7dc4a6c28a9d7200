/*
 * The story page: three views of the graph, fed only by POST /graphql with the queries of examples/story/
 * (served as /story/queries.json). Each query runs once; the year and country filters then redraw the views from
 * those answers and are kept in the address (?from=2015&to=2024&countries=CHN,VNM), so a shared link shows the
 * same view. Everything shown comes from an editor's input: it reaches the page through text() or esc() only.
 */
(function () {
  'use strict';

  var PALETTE = ['#c23531', '#2f4554', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#6e7074', '#546570', '#bda29a'];
  var NOT_STATED = '-';
  var views = {};        // name -> { chart, marks: [{seriesId, dataIndex, tip}], focused, rows, columns }
  var queries = {};      // name -> GraphQL text
  var answers = {};      // name -> data of its answer
  var countries = [];    // [{code, name}] where something happened
  var filters = { from: null, to: null, countries: [] };
  var years = [];

  // ---------------------------------------------------------------------------------------------- helpers

  function esc(value) {
    return String(value === null || value === undefined ? '' : value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  /** Only web links: a stored URL is an editor's input and must not become a javascript: link. */
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function number(n) {
    return n === null || n === undefined ? '' : n.toLocaleString('en');
  }

  function graphiqlLink(view) {
    return '/graphiql?query=' + encodeURIComponent(queries[view]);
  }

  /** GraphiQL with the query that fetches one event or intervention by its id. */
  function nodeLink(id) {
    return '/graphiql?query=' + encodeURIComponent(queries.node) + '&variables=' + encodeURIComponent(JSON.stringify({ id: id }, null, 2));
  }

  function post(query) {
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: query })
    }).then(function (response) {
      return response.json();
    }).then(function (answer) {
      if (answer.errors && answer.errors.length) {
        throw new Error(answer.errors[0].message);
      }
      return answer.data;
    });
  }

  function yearOf(date) {
    return Number(date.start.slice(0, 4));
  }

  /** The event's date range overlaps the chosen years. */
  function inYears(date) {
    return (!filters.from || date.end >= filters.from + '-01-01') && (!filters.to || date.start <= filters.to + '-12-31');
  }

  function inCountries(country) {
    return filters.countries.length === 0 || filters.countries.indexOf(country ? country.code : NOT_STATED) >= 0;
  }

  function middle(date) {
    var start = Date.parse(date.start);
    return start + (Date.parse(date.end) + 86400000 - start) / 2;
  }

  /** "more than 500" (best 500, at least 500): the figure, its range and the source's words. */
  function peopleText(people) {
    if (!people) {
      return 'no figure';
    }
    var range = '';
    if (people.qualifier === 'AT_LEAST') {
      range = ' (at least ' + number(people.low !== null ? people.low : people.best) + ', no upper bound)';
    } else if (people.low !== null && people.high !== null && people.low !== people.high) {
      range = ' (' + number(people.low) + '–' + number(people.high) + ')';
    }
    return '“' + people.text + '”: best estimate ' + number(people.best) + range;
  }

  function citationsHtml(citations) {
    return (citations || []).map(function (citation) {
      var source = citation.source;
      var url = safeUrl(source.url);
      return (citation.quote ? '<blockquote>“' + esc(citation.quote) + '”</blockquote>' : '')
          + '<p class="source">' + esc(source.title) + ', ' + esc(source.publisher)
          + (source.publishedOn ? ', ' + esc(source.publishedOn) : '') + (citation.locator ? ' (' + esc(citation.locator) + ')' : '')
          + (url ? ' · <a href="' + esc(url) + '" rel="noopener noreferrer" target="_blank">source</a>' : '') + '</p>';
    }).join('');
  }

  function tip(view, heading, lines, citations, id) {
    return '<div class="tip"><p><strong>' + esc(heading) + '</strong></p>'
        + lines.map(function (line) { return '<p>' + line + '</p>'; }).join('')
        + citationsHtml(citations)
        + '<p>' + (id ? '<a href="' + esc(nodeLink(id)) + '">This in GraphiQL</a> · ' : '')
        + '<a href="' + esc(graphiqlLink(view)) + '">The query in GraphiQL</a></p></div>';
  }

  function colourOf(country) {
    var index = countries.findIndex(function (c) { return c.code === (country ? country.code : NOT_STATED); });
    return PALETTE[Math.max(index, 0) % PALETTE.length];
  }

  var download = RefugeeGraphCsv.download;

  function fileName(view, extension) {
    var span = (filters.from || years[0]) + '-' + (filters.to || years[years.length - 1]);
    var where = filters.countries.length ? '-' + filters.countries.join('-') : '';
    return 'refugee-graph-' + view + '-' + span + where + '.' + extension;
  }

  // ---------------------------------------------------------------------------------------------- the views

  function deportationsView() {
    var events = answers.deportations.events.nodes.filter(function (event) {
      return inYears(event.date) && inCountries(event.location);
    });
    var bySeries = {};
    var series = [];
    var ranges = [];
    var joins = [];
    var interventions = {};
    var taken = {};
    events.forEach(function (event) {
      var key = event.location ? event.location.code : NOT_STATED;
      if (!bySeries[key]) {
        bySeries[key] = {
          id: 'event-' + key, name: event.location ? event.location.name : 'Not stated', type: 'scatter',
          symbolSize: 13, itemStyle: { color: colourOf(event.location) }, data: [], z: 3
        };
        series.push(bySeries[key]);
      }
      var people = event.people || {};
      var y = people.best || people.low || 1;
      var x = middle(event.date);
      // Two events of the same period and size (13 people in "2020") would hide one another: set each further one on.
      while (taken[x + '/' + y]) {
        x += 45 * 86400000;
      }
      taken[x + '/' + y] = true;
      var averted = event.status === 'AVERTED';
      bySeries[key].data.push({
        value: [x, y], symbol: averted ? 'emptyCircle' : 'circle',
        row: [event.date.text, event.location ? event.location.name : '', event.status, people.best, people.low,
          people.high, people.qualifier, people.text, event.title, event.id],
        tip: tip('deportations', event.title, [
          esc(event.date.text) + ' · ' + esc(event.location ? event.location.name : 'place not stated')
            + (event.destination ? ' → ' + esc(event.destination.name) : '') + (averted ? ' · <strong>averted</strong>' : ''),
          esc(peopleText(event.people))
        ], event.citations, event.id)
      });
      ranges.push([Date.parse(event.date.start), Date.parse(event.date.end) + 86400000, people.low || y,
        people.high || y, y, x, people.qualifier === 'AT_LEAST' && people.high === null ? 1 : 0, colourOf(event.location)]);
      event.interventions.forEach(function (target) {
        if (!averted || target.outcome !== 'PREVENTED') {
          return;
        }
        var intervention = target.intervention;
        var entry = interventions[intervention.id] || (interventions[intervention.id] = { intervention: intervention, events: [] });
        entry.events.push({ event: event, target: target, x: x, y: y });
      });
    });
    var prevented = Object.keys(interventions).map(function (id) { return interventions[id]; });
    var interventionData = prevented.map(function (entry) {
      var intervention = entry.intervention;
      var x = middle(intervention.date);
      // As for events: two interventions of the same date (two in "2020") are set 45 days apart.
      while (taken[x + '/1']) {
        x += 45 * 86400000;
      }
      taken[x + '/1'] = true;
      entry.events.forEach(function (joined) {
        joins.push({ coords: [[x, 1], [joined.x, joined.y]] });
      });
      return {
        value: [x, 1],
        row: [intervention.date.text, '', 'INTERVENTION (PREVENTED)',
          entry.events.reduce(function (sum, e) { return sum + ((e.target.peopleProtected || {}).best || 0); }, 0),
          '', '', '', entry.events.map(function (e) { return (e.target.peopleProtected || {}).text || ''; }).join('; '),
          intervention.title + ' (' + intervention.actor.name + ')', intervention.id],
        tip: tip('deportations', intervention.title, [
          esc(intervention.date.text) + ' · ' + esc(intervention.actor.name),
          'Prevented: ' + entry.events.map(function (e) {
            return esc(e.event.title) + ' (' + esc((e.target.peopleProtected || e.event.people || {}).text || 'no figure') + ')';
          }).join('; ')
        ], intervention.citations, intervention.id)
      };
    });
    series.push({
      id: 'interventions', name: 'Interventions that prevented a deportation', type: 'scatter', symbol: 'diamond',
      symbolSize: 15, itemStyle: { color: '#1b7f3b' }, data: interventionData, z: 4
    });
    series.push({
      id: 'joins', type: 'lines', coordinateSystem: 'cartesian2d', silent: true, z: 1,
      lineStyle: { type: 'dashed', color: '#1b7f3b', width: 1.5 }, data: joins
    });
    series.push({
      id: 'ranges', type: 'custom', silent: true, z: 2, data: ranges, renderItem: drawRange,
      encode: { x: [0, 1], y: [2, 3] }
    });

    var carried = events.filter(function (e) { return e.status !== 'AVERTED'; });
    var averted = events.filter(function (e) { return e.status === 'AVERTED'; });
    // The total counts people once, as the statistics do: not the parts of a larger event, not probable duplicates
    var counted = carried.filter(function (e) { return !e.partOf && !e.sameAs; });
    var largest = carried.slice().sort(function (a, b) { return ((b.people || {}).best || 0) - ((a.people || {}).best || 0); })[0];
    var summary = events.length === 0 ? 'No deportation in the chosen years and places.'
      : events.length + ' deportation' + (events.length === 1 ? '' : 's') + ' from ' + events[0].date.text + ' to '
        + events[events.length - 1].date.text + ': ' + carried.length + ' carried out, sending back '
        + number(counted.reduce(function (sum, e) { return sum + ((e.people || {}).best || 0); }, 0)) + ' people by the best estimates'
        + (counted.length < carried.length ? ' (events within a larger one counted once)' : '')
        + (largest ? ' (the largest: ' + largest.people.text + ', ' + (largest.location ? largest.location.name : 'place not stated')
          + ', ' + largest.date.text + ')' : '')
        + '; ' + averted.length + ' averted, ' + prevented.length + ' intervention' + (prevented.length === 1 ? '' : 's')
        + ' prevented them.';
    return {
      summary: summary,
      columns: ['date', 'where', 'status', 'best', 'low', 'high', 'qualifier', 'source_words', 'title', 'id'],
      option: {
        animation: false,
        aria: { enabled: true, label: { description: summary } },
        grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
        legend: { type: 'scroll', top: 0, data: series.filter(function (s) { return s.type === 'scatter'; }).map(function (s) { return s.name; }) },
        tooltip: tooltip(),
        // Half a year of room on both sides, so that the first and last marks and their date spans are not cut.
        xAxis: {
          type: 'time',
          min: function (range) { return range.min - 182 * 86400000; },
          max: function (range) { return range.max + 182 * 86400000; }
        },
        yAxis: { type: 'log', min: 1, name: 'people', nameLocation: 'end' },
        series: series
      },
      markSeries: series.filter(function (s) { return s.type === 'scatter'; })
    };
  }

  /** A deportation's ranges: its date span horizontally, its low-high count vertically (an arrow if open-ended). */
  function drawRange(params, api) {
    var left = api.coord([api.value(0), api.value(4)]);
    var right = api.coord([api.value(1), api.value(4)]);
    var low = api.coord([api.value(5), api.value(2)]);
    var high = api.coord([api.value(5), api.value(3)]);
    var open = api.value(6) === 1;
    var top = params.coordSys.y + 6;
    var style = { stroke: api.value(7), lineWidth: 2, opacity: 0.8 };
    var children = [
      { type: 'line', shape: { x1: left[0], y1: left[1], x2: Math.max(right[0], left[0] + 1), y2: right[1] }, style: style }
    ];
    if (open) {
      children.push({ type: 'line', shape: { x1: low[0], y1: low[1], x2: low[0], y2: top }, style: style });
      children.push({ type: 'polyline', shape: { points: [[low[0] - 5, top + 7], [low[0], top], [low[0] + 5, top + 7]] }, style: style });
    } else if (high[1] !== low[1]) {
      children.push({ type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style: style });
    }
    return { type: 'group', children: children };
  }

  function arrivalsView() {
    var events = answers.arrivals.events.nodes.filter(function (event) {
      return event.date.precision === 'YEAR' && inYears(event.date);
    });
    var labels = events.map(function (event) { return event.date.text; });
    var preferredByFigure = {};
    events.forEach(function (event) {
      if (event.people && event.people.best !== null) {
        preferredByFigure[event.people.best] = event.date.text;
      }
    });
    var disputed = [];
    var agreeing = [];
    var rows = [];
    var bars = events.map(function (event, index) {
      var preferred = event.claims.find(function (c) { return c.preferred; });
      var people = event.people || {};
      rows.push([event.date.text, 'preferred', people.best, people.text,
        preferred ? preferred.citation.source.publisher : '', preferred ? preferred.note : '', event.id]);
      event.claims.forEach(function (claim) {
        if (claim.preferred) {
          return;
        }
        // A disputed figure that is another year's preferred figure is most likely that year's, misattributed.
        var elsewhere = preferredByFigure[claim.count.best];
        var misattributed = claim.disputed && elsewhere && elsewhere !== event.date.text;
        var point = {
          value: [index, claim.count.best],
          label: misattributed ? { show: true, position: 'top', formatter: number(claim.count.best) + ' = ' + elsewhere + "'s figure", color: '#a32020' } : undefined,
          tip: tip('arrivals', event.date.text + ': ' + claim.count.text + (claim.disputed ? ' (disputed)' : ' (another source, agrees)'), [
            esc(peopleText(claim.count)),
            misattributed ? '<span class="disputed">The same number as ' + esc(elsewhere) + '’s preferred figure: most likely misattributed.</span>' : '',
            claim.note ? (claim.disputed ? '<span class="disputed">Why disputed: ' : '<span>') + esc(claim.note) + '</span>' : ''
          ].filter(Boolean), [claim.citation], event.id)
        };
        (claim.disputed ? disputed : agreeing).push(point);
        rows.push([event.date.text, claim.disputed ? 'disputed' : 'agrees', claim.count.best, claim.count.text,
          claim.citation.source.publisher, claim.note, event.id]);
      });
      return {
        value: people.best,
        tip: tip('arrivals', event.title, [esc(peopleText(event.people))
          + (preferred && preferred.note ? ' (' + esc(preferred.note) + ')' : '')], preferred ? [preferred.citation] : [], event.id)
      };
    });
    var peak = events.reduce(function (best, e) { return !best || (e.people || {}).best > best.people.best ? e : best; }, null);
    var last = events[events.length - 1];
    var summary = events.length === 0 ? 'No yearly arrival figure in the chosen years.'
      : events.length + ' years of arrivals, ' + labels[0] + ' to ' + labels[labels.length - 1] + ': the most in ' + peak.date.text
        + ' (' + number(peak.people.best) + '), ' + number(last.people.best) + ' in ' + last.date.text + '. '
        + disputed.length + ' figure' + (disputed.length === 1 ? '' : 's') + ' from other sources ' + (disputed.length === 1 ? 'is' : 'are')
        + ' disputed' + (disputed.some(function (d) { return d.label; }) ? ', one of them another year’s figure given for the wrong year' : '') + '.';
    var series = [
      { id: 'preferred', name: 'Preferred figure (Ministry of Unification)', type: 'bar', itemStyle: { color: '#61a0a8' }, data: bars },
      { id: 'disputed', name: 'Disputed figure', type: 'scatter', symbol: 'triangle', symbolSize: 14, itemStyle: { color: '#c23531' }, data: disputed, z: 3 },
      { id: 'agreeing', name: 'Another source agrees', type: 'scatter', symbol: 'circle', symbolSize: 9, itemStyle: { color: '#2f4554' }, data: agreeing, z: 3 }
    ];
    return {
      summary: summary,
      columns: ['year', 'claim', 'best', 'source_words', 'publisher', 'note', 'event_id'],
      rows: rows,
      option: {
        animation: false,
        aria: { enabled: true, label: { description: summary } },
        grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
        legend: { type: 'scroll', top: 0 },
        tooltip: tooltip(),
        xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', name: 'people' },
        series: series
      },
      markSeries: series
    };
  }

  function preventedView() {
    var rows = [];
    answers.prevented.interventions.nodes.forEach(function (intervention) {
      var targets = intervention.targets.filter(function (target) {
        return target.outcome === 'PREVENTED' && inYears(target.event.date) && inCountries(target.event.location);
      });
      if (targets.length) {
        rows.push({ intervention: intervention, targets: targets });
      }
    });
    var people = rows.reduce(function (sum, row) {
      return sum + row.targets.reduce(function (s, t) { return s + ((t.peopleProtected || {}).best || 0); }, 0);
    }, 0);
    var summary = rows.length + ' intervention' + (rows.length === 1 ? '' : 's') + ' prevented a deportation in the chosen years and places, protecting '
      + number(people) + ' people.';
    return { summary: summary, rows: rows };
  }

  function tooltip() {
    return {
      trigger: 'item', enterable: true, confine: true, appendToBody: false,
      formatter: function (params) { return params.data && params.data.tip ? params.data.tip : ''; }
    };
  }

  // ---------------------------------------------------------------------------------------------- drawing

  function drawChart(name, view) {
    var state = views[name] || (views[name] = {});
    if (!state.chart) {
      state.chart = echarts.init(document.getElementById(name + '-chart'), null, { renderer: 'svg' });
      state.chart.on('mouseover', function (params) {
        if (params.data && params.data.tip) {
          showDetails(name, params.data.tip);
        }
      });
      keyboard(name);
      window.addEventListener('resize', function () { state.chart.resize(); });
    }
    state.option = view.option;
    state.chart.setOption(view.option, true);
    state.marks = [];
    view.markSeries.forEach(function (series) {
      var seriesIndex = view.option.series.indexOf(series);
      series.data.forEach(function (point, dataIndex) {
        state.marks.push({ seriesIndex: seriesIndex, dataIndex: dataIndex, x: point.value[0], tip: point.tip, row: point.row });
      });
    });
    state.marks.sort(function (a, b) { return a.x - b.x; });
    state.focused = -1;
    state.rows = view.rows || state.marks.map(function (mark) { return mark.row; });
    state.columns = view.columns;
    document.getElementById(name + '-summary').textContent = view.summary;
    document.getElementById(name + '-chart').setAttribute('aria-label', view.summary + ' Use the arrow keys to go from mark to mark.');
    document.getElementById(name + '-details').innerHTML = '';
    drawDataTable(name);
  }

  function showDetails(name, html) {
    document.getElementById(name + '-details').innerHTML = html;
  }

  /** Arrow keys go from mark to mark (in time order), showing each one's tooltip and its details below the chart. */
  function keyboard(name) {
    var element = document.getElementById(name + '-chart');
    element.setAttribute('role', 'group');
    element.addEventListener('keydown', function (event) {
      var state = views[name];
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: 'first', End: 'last' }[event.key];
      if (step === undefined || state.marks.length === 0) {
        return;
      }
      event.preventDefault();
      var next = step === 'first' ? 0 : step === 'last' ? state.marks.length - 1
        : (state.focused + step + state.marks.length) % state.marks.length;
      focusMark(name, next);
    });
    element.addEventListener('focus', function () {
      if (views[name].focused < 0 && views[name].marks.length) {
        focusMark(name, 0);
      }
    });
  }

  function focusMark(name, index) {
    var state = views[name];
    var previous = state.marks[state.focused];
    if (previous) {
      state.chart.dispatchAction({ type: 'downplay', seriesIndex: previous.seriesIndex, dataIndex: previous.dataIndex });
    }
    var mark = state.marks[index];
    state.focused = index;
    state.chart.dispatchAction({ type: 'highlight', seriesIndex: mark.seriesIndex, dataIndex: mark.dataIndex });
    state.chart.dispatchAction({ type: 'showTip', seriesIndex: mark.seriesIndex, dataIndex: mark.dataIndex });
    showDetails(name, mark.tip);
  }

  function drawDataTable(name) {
    var state = views[name];
    var container = document.getElementById(name + '-table');
    container.innerHTML = '<table><caption class="hint">The data behind the chart, one row per mark</caption><thead><tr>'
      + state.columns.map(function (c) { return '<th scope="col">' + esc(c) + '</th>'; }).join('') + '</tr></thead><tbody>'
      + state.rows.map(function (row) {
        return '<tr>' + row.map(function (cell) {
          return typeof cell === 'number' ? '<td class="number">' + esc(number(cell)) + '</td>' : '<td>' + esc(cell) + '</td>';
        }).join('') + '</tr>';
      }).join('') + '</tbody></table>';
  }

  function drawPrevented(view) {
    var body = document.querySelector('#prevented-table tbody');
    body.innerHTML = view.rows.map(function (row) {
      var intervention = row.intervention;
      var actor = intervention.actor;
      return '<tr tabindex="0" data-intervention="' + esc(intervention.title) + '">'
        + '<td data-label="Intervention">' + esc(intervention.title) + '<br><a href="' + esc(nodeLink(intervention.id))
        + '">This in GraphiQL</a> · <a href="' + esc(graphiqlLink('prevented')) + '">the query</a></td>'
        + '<td data-label="Actor">' + esc(actor.name) + (actor.country ? ' (' + esc(actor.country.name) + ')' : '') + '</td>'
        + '<td data-label="Date">' + esc(intervention.date.text) + '</td>'
        + '<td class="number people" data-label="People protected">' + row.targets.map(function (t) {
          return t.peopleProtected ? esc(number(t.peopleProtected.best)) + ' <span class="hint">(“' + esc(t.peopleProtected.text) + '”)</span>' : '';
        }).join('<br>') + '</td>'
        + '<td data-label="Deportation prevented">' + row.targets.map(function (t) {
          return esc(t.event.title) + ' <span class="hint">(' + esc(t.event.date.text)
            + (t.event.location ? ', ' + esc(t.event.location.name) : '') + ')</span>';
        }).join('<br>') + '</td>'
        + '<td class="sources" data-label="Sources">' + citationsHtml(intervention.citations) + '</td></tr>';
    }).join('');
    document.getElementById('prevented-summary').textContent = view.summary;
    views.prevented = {
      columns: ['intervention', 'actor', 'date', 'people_protected', 'source_words', 'deportation_prevented', 'quote', 'source', 'publisher', 'published_on', 'url'],
      rows: []
    };
    view.rows.forEach(function (row) {
      row.targets.forEach(function (t) {
        (row.intervention.citations.length ? row.intervention.citations : [{ source: {} }]).forEach(function (c) {
          views.prevented.rows.push([row.intervention.title, row.intervention.actor.name, row.intervention.date.text,
            (t.peopleProtected || {}).best, (t.peopleProtected || {}).text, t.event.title, c.quote, c.source.title,
            c.source.publisher, c.source.publishedOn, c.source.url]);
        });
      });
    });
  }

  function drawAll() {
    drawChart('deportations', deportationsView());
    drawChart('arrivals', arrivalsView());
    drawPrevented(preventedView());
  }

  // ---------------------------------------------------------------------------------------------- downloads

  function actions(name) {
    var box = document.querySelector('.actions[data-view="' + name + '"]');
    var html = '';
    if (name !== 'prevented') {
      html += '<button type="button" data-download="png">Download PNG</button>'
        + '<button type="button" data-download="svg">Download SVG</button>';
    }
    html += '<button type="button" data-download="csv">Download data (CSV)</button>';
    if (name !== 'prevented') {
      html += '<button type="button" data-toggle-table aria-expanded="false" aria-controls="' + name + '-table">Show the data table</button>';
    }
    html += '<a href="' + esc(graphiqlLink(name)) + '">Open the query in GraphiQL</a>';
    box.innerHTML = html;
    box.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) {
        return;
      }
      if (button.hasAttribute('data-toggle-table')) {
        var table = document.getElementById(name + '-table');
        table.hidden = !table.hidden;
        button.setAttribute('aria-expanded', String(!table.hidden));
        button.textContent = table.hidden ? 'Show the data table' : 'Hide the data table';
        return;
      }
      var format = button.getAttribute('data-download');
      if (format === 'csv') {
        download(RefugeeGraphCsv.blob(views[name].columns, views[name].rows), fileName(name, 'csv'));
      } else if (format === 'svg') {
        download(new Blob([views[name].chart.renderToSVGString()], { type: 'image/svg+xml' }), fileName(name, 'svg'));
      } else {
        downloadPng(name);
      }
    });
  }

  /** The shown chart drawn again on a canvas (the page draws SVG), at twice the size for print. */
  function downloadPng(name) {
    var state = views[name];
    var element = document.getElementById(name + '-chart');
    var box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + Math.max(element.clientWidth, 800) + 'px;height:' + element.clientHeight + 'px';
    document.body.appendChild(box);
    var canvas = echarts.init(box, null, { renderer: 'canvas' });
    canvas.setOption(Object.assign({}, state.option, { tooltip: { show: false } }));
    var url = canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    canvas.dispose();
    box.remove();
    // Decoded here: fetch(data:...) would need connect-src data: in the Content-Security-Policy.
    var binary = atob(url.slice(url.indexOf(',') + 1));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    download(new Blob([bytes], { type: 'image/png' }), fileName(name, 'png'));
  }

  // ---------------------------------------------------------------------------------------------- filters

  function readAddress() {
    var params = new URLSearchParams(location.search);
    var known = countries.map(function (c) { return c.code; });
    var from = Number(params.get('from'));
    var to = Number(params.get('to'));
    filters.from = years.indexOf(from) >= 0 ? from : null;
    filters.to = years.indexOf(to) >= 0 ? to : null;
    filters.countries = (params.get('countries') || '').split(',').filter(function (code) { return known.indexOf(code) >= 0; });
  }

  function writeAddress() {
    var params = new URLSearchParams();
    if (filters.from) {
      params.set('from', filters.from);
    }
    if (filters.to) {
      params.set('to', filters.to);
    }
    if (filters.countries.length) {
      params.set('countries', filters.countries.join(','));
    }
    var search = params.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search.replace(/%2C/g, ',') : ''));
  }

  function buildFilters() {
    var from = document.getElementById('from');
    var to = document.getElementById('to');
    from.innerHTML = to.innerHTML = years.map(function (y) { return '<option>' + y + '</option>'; }).join('');
    var fieldset = document.getElementById('countries');
    countries.forEach(function (country) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.value = country.code;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + country.name));
      fieldset.appendChild(label);
    });
    function showFilters() {
      from.value = String(filters.from || years[0]);
      to.value = String(filters.to || years[years.length - 1]);
      fieldset.querySelectorAll('input').forEach(function (box) { box.checked = filters.countries.indexOf(box.value) >= 0; });
    }
    function changed() {
      var a = Number(from.value);
      var b = Number(to.value);
      filters.from = Math.min(a, b) === years[0] ? null : Math.min(a, b);
      filters.to = Math.max(a, b) === years[years.length - 1] ? null : Math.max(a, b);
      filters.countries = Array.prototype.filter.call(fieldset.querySelectorAll('input'), function (box) { return box.checked; })
        .map(function (box) { return box.value; });
      showFilters();
      writeAddress();
      drawAll();
    }
    document.getElementById('filters').addEventListener('change', changed);
    document.getElementById('reset').addEventListener('click', function () {
      filters = { from: null, to: null, countries: [] };
      showFilters();
      writeAddress();
      drawAll();
    });
    showFilters();
  }

  /** Years and places of everything the views can show, for the filters. */
  function collectChoices() {
    var seenYears = {};
    var seenCountries = {};
    function add(date, country) {
      for (var y = yearOf(date); y <= Number(date.end.slice(0, 4)); y++) {
        seenYears[y] = true;
      }
      if (country !== undefined) {
        seenCountries[country ? country.code : NOT_STATED] = country ? country.name : 'Not stated';
      }
    }
    answers.deportations.events.nodes.forEach(function (e) { add(e.date, e.location); });
    answers.arrivals.events.nodes.forEach(function (e) { add(e.date); });
    answers.prevented.interventions.nodes.forEach(function (i) {
      i.targets.forEach(function (t) { add(t.event.date, t.event.location); });
    });
    years = Object.keys(seenYears).map(Number).sort(function (a, b) { return a - b; });
    countries = Object.keys(seenCountries).sort().map(function (code) { return { code: code, name: seenCountries[code] }; });
  }

  // ---------------------------------------------------------------------------------------------- start

  var status = document.getElementById('status');
  fetch('/story/queries.json', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (loaded) {
      queries = loaded;
      var names = ['deportations', 'arrivals', 'prevented'];
      return Promise.all(names.map(function (name) { return post(queries[name]); })).then(function (data) {
        names.forEach(function (name, i) { answers[name] = data[i]; });
      });
    })
    .then(function () {
      collectChoices();
      readAddress();
      buildFilters();
      ['deportations', 'arrivals', 'prevented'].forEach(actions);
      drawAll();
      var truncated = ['deportations', 'arrivals'].filter(function (name) {
        return answers[name].events.totalCount > answers[name].events.nodes.length;
      });
      status.textContent = truncated.length ? 'Showing the first 100 events of ' + truncated.join(' and ') + '.' : '';
      document.body.setAttribute('data-ready', String(Math.round(performance.now())));
    })
    .catch(function (error) {
      status.textContent = 'Could not load the figures: ' + error.message;
      status.className = 'error';
      console.error('story page', error);
    });
})();
