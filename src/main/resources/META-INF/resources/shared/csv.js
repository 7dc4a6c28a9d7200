/*
 * CSV for the pages for journalists (the story page, GraphiQL's table): the same escaping as /export/events.csv,
 * so that a spreadsheet opens it safely: a cell that it would read as a formula gets a leading apostrophe.
 */
var RefugeeGraphCsv = (function () {
  'use strict';

  function cell(value) {
    var text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) {
      text = "'" + text;
    }
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** A header line and one line per row, as a Blob ready to download. */
  function blob(columns, rows) {
    var lines = [columns].concat(rows).map(function (row) { return row.map(cell).join(','); });
    return new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
  }

  /** Saves a Blob as a file, as a link with a download attribute would. */
  function download(data, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  return { cell: cell, blob: blob, download: download };
})();
