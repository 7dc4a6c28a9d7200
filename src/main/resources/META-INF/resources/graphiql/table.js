/*
 * GraphiQL's "Table" plugin (the sidebar): the current result's lists as a table, one row per item, nested fields
 * flattened into columns ("actor.name"; a nested list's values joined by "; "). A column header sorts by it; the
 * CSV holds exactly the rows and order shown. Defines RefugeeGraphTable.plugin for graphiql.js.
 */
var RefugeeGraphTable = (function () {
  'use strict';

  var h = React.createElement;

  /** Every outermost list of objects in the answer, by its path (data.interventions.nodes). */
  function lists(value, path, found) {
    if (Array.isArray(value)) {
      // A list of objects is one table; the lists inside it become its columns.
      if (value.length && value.every(function (item) { return item && typeof item === 'object' && !Array.isArray(item); })) {
        found.push({ path: path, items: value });
      } else {
        value.forEach(function (item) { lists(item, path + '[]', found); });
      }
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach(function (key) { lists(value[key], path ? path + '.' + key : key, found); });
    }
    return found;
  }

  function flatten(value, prefix, row) {
    if (Array.isArray(value)) {
      value.forEach(function (item) {
        var part = {};
        flatten(item, prefix, part);
        Object.keys(part).forEach(function (key) {
          row[key] = row[key] === undefined || row[key] === '' ? part[key] : row[key] + '; ' + part[key];
        });
      });
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach(function (key) { flatten(value[key], prefix ? prefix + '.' + key : key, row); });
    } else {
      row[prefix] = value === null || value === undefined ? '' : value;
    }
    return row;
  }

  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
      return a - b;
    }
    return String(a === undefined ? '' : a).localeCompare(String(b === undefined ? '' : b), 'en', { numeric: true });
  }

  function Table() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    var tab = editor.tabs[editor.activeTabIndex];
    var text = tab && tab.response;
    var chosen = React.useState(0);
    var sort = React.useState({ column: null, descending: false });
    var found = [];
    try {
      found = text ? lists(JSON.parse(text).data, 'data', []) : [];
    } catch (e) {
      found = [];
    }
    if (!found.length) {
      return h('div', { className: 'rg-table-plugin' }, h('p', null, 'Run a query: the lists in its result show here as tables.'));
    }
    found.sort(function (a, b) { return b.items.length - a.items.length; });
    var list = found[Math.min(chosen[0], found.length - 1)];
    var rows = list.items.map(function (item) { return flatten(item, '', {}); });
    var columns = [];
    rows.forEach(function (row) {
      Object.keys(row).forEach(function (key) {
        if (columns.indexOf(key) < 0) {
          columns.push(key);
        }
      });
    });
    if (sort[0].column !== null && columns.indexOf(sort[0].column) >= 0) {
      rows.sort(function (a, b) {
        var order = compare(a[sort[0].column], b[sort[0].column]);
        return sort[0].descending ? -order : order;
      });
    }
    var cells = rows.map(function (row) { return columns.map(function (column) { return row[column] === undefined ? '' : row[column]; }); });

    function sortBy(column) {
      sort[1]({ column: column, descending: sort[0].column === column ? !sort[0].descending : false });
    }

    return h('div', { className: 'rg-table-plugin' },
      h('div', { className: 'rg-table-tools' },
        found.length > 1 ? h('label', null, 'List ', h('select', {
          value: String(found.indexOf(list)),
          onChange: function (event) { chosen[1](Number(event.target.value)); }
        }, found.map(function (f, i) { return h('option', { key: f.path, value: String(i) }, f.path + ' (' + f.items.length + ')'); }))) : null,
        h('span', null, rows.length + ' rows'),
        h('button', {
          type: 'button', className: 'rg-table-csv',
          onClick: function () { RefugeeGraphCsv.download(RefugeeGraphCsv.blob(columns, cells), list.path.replace(/\W+/g, '-') + '.csv'); }
        }, 'Download CSV')),
      h('div', { className: 'rg-table-scroll' },
        h('table', null,
          h('thead', null, h('tr', null, columns.map(function (column) {
            var sorted = sort[0].column === column ? (sort[0].descending ? 'descending' : 'ascending') : 'none';
            return h('th', { key: column, scope: 'col', 'aria-sort': sorted },
              h('button', { type: 'button', onClick: function () { sortBy(column); } },
                column + (sorted === 'ascending' ? ' ▲' : sorted === 'descending' ? ' ▼' : '')));
          }))),
          h('tbody', null, cells.map(function (row, i) {
            return h('tr', { key: i }, row.map(function (cell, j) { return h('td', { key: j }, String(cell)); }));
          })))));
  }

  function Icon() {
    return h('svg', { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': 'true', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 },
      h('rect', { x: 3, y: 4, width: 18, height: 16, rx: 1 }),
      h('path', { d: 'M3 9h18M3 14h18M9 9v11M15 9v11' }));
  }

  return { plugin: { title: 'Table', icon: Icon, content: Table } };
})();
