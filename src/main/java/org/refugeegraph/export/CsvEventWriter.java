package org.refugeegraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, a double quote, CR or LF quoted, and
 * double quotes inside doubled. Several sources of one event share a cell, separated by " | ".
 */
final class CsvEventWriter implements EventRowWriter {
    static final String LIST_SEPARATOR = " | ";

    private final Writer out;

    CsvEventWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    }

    @Override
    public void begin() throws IOException {
        line(EventRow.COLUMNS.toArray());
    }

    @Override
    public void row(EventRow row) throws IOException {
        Object[] scalars = row.scalars();
        Object[] fields = new Object[scalars.length + 2];
        System.arraycopy(scalars, 0, fields, 0, scalars.length);
        fields[scalars.length] = joined(row.sourceTitles());
        fields[scalars.length + 1] = joined(row.sourceUrls());
        line(fields);
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void line(Object[] fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            if (fields[i] != null) {
                out.write(field(fields[i].toString()));
            }
        }
        out.write("\r\n");
    }

    static String field(String raw) {
        // A cell that starts like a formula would be run by spreadsheet programs: make it text.
        String value = !raw.isEmpty() && "=+-@".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String joined(List<String> values) {
        return values.stream().map(v -> v == null ? "" : v).reduce((a, b) -> a + LIST_SEPARATOR + b).orElse("");
    }
}
