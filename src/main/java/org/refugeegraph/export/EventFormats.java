package org.refugeegraph.export;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.csv.CsvValueDecorator;

/**
 * The two export formats of {@link EventRow}, written by Jackson one row at a time (nothing is collected):
 * <ul>
 * <li>CSV (RFC 4180): a header row, CRLF line ends, cells with a comma, a double quote, CR or LF quoted and
 * double quotes inside doubled; several sources of one event share a cell, separated by " | ". A cell that
 * starts like a formula is made text ({@link FormulaAsText}).</li>
 * <li>JSON: an array of objects, sources as arrays of titles and URLs.</li>
 * </ul>
 * The writers keep the response open (the server closes it) and flush only when their buffer is full or the
 * export ends, not after every row.
 */
@ApplicationScoped
class EventFormats {
    private static final String LIST_SEPARATOR = " | ";
    private static final CsvMapper CSV_MAPPER = CsvMapper.builder()
            // Quote only what RFC 4180 needs quoted; the default also quotes every cell with a space.
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final CsvSchema CSV_SCHEMA = csvSchema();

    private final ObjectWriter csv;
    private final ObjectWriter json;

    /** @param mapper Quarkus' own, so that the JSON export follows the application's Jackson settings */
    EventFormats(ObjectMapper mapper) {
        this.csv = streaming(CSV_MAPPER.writer(CSV_SCHEMA).forType(EventRow.class));
        this.json = streaming(mapper.writerFor(EventRow.class));
    }

    SequenceWriter csv(OutputStream out) throws IOException {
        return csv.writeValues(out);
    }

    SequenceWriter json(OutputStream out) throws IOException {
        return json.writeValuesAsArray(out);
    }

    private static ObjectWriter streaming(ObjectWriter writer) {
        return writer.without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static CsvSchema csvSchema() {
        CsvSchema schema = CSV_MAPPER.schemaFor(EventRow.class)
                .withHeader()
                .withLineSeparator("\r\n")
                .withArrayElementSeparator(LIST_SEPARATOR);
        for (CsvSchema.Column column : schema) {
            schema = schema.withColumn(column.getIndex(), c -> c.withValueDecorator(FormulaAsText.INSTANCE));
        }
        return schema;
    }

    /**
     * Spreadsheet programs run a cell that starts with = + - or @ as a formula (OWASP "CSV injection"): a
     * leading ' makes it text. Applied to whole cells, so a list of sources is escaped once, at its start.
     */
    static final class FormulaAsText implements CsvValueDecorator {
        static final FormulaAsText INSTANCE = new FormulaAsText();

        @Override
        public String decorateValue(CsvGenerator generator, String value) {
            return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        }

        @Override
        public String undecorateValue(CsvParser parser, String value) {
            return value; // the export is never read back: the ' stays, as a spreadsheet shows it
        }
    }
}
