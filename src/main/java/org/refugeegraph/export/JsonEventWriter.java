package org.refugeegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** A JSON array of objects, one per event, written as the rows arrive; sources are arrays of titles and URLs. */
final class JsonEventWriter implements EventRowWriter {
    private final JsonGenerator json;

    JsonEventWriter(JsonFactory factory, OutputStream out) throws IOException {
        this.json = factory.createGenerator(out, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartArray();
    }

    @Override
    public void row(EventRow row) throws IOException {
        json.writeStartObject();
        Object[] scalars = row.scalars();
        for (int i = 0; i < scalars.length; i++) {
            String name = EventRow.COLUMNS.get(i);
            Object value = scalars[i];
            if (value == null) {
                json.writeNullField(name);
            } else if (value instanceof Integer number) {
                json.writeNumberField(name, number);
            } else {
                json.writeStringField(name, value.toString());
            }
        }
        list("source_titles", row.sourceTitles());
        list("source_urls", row.sourceUrls());
        json.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
    }

    private void list(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
