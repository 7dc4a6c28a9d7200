package org.refugeegraph.export;

import java.io.IOException;

/** Writes exported rows to the response as they come from the database cursor: nothing is collected. */
interface EventRowWriter {
    void begin() throws IOException;

    void row(EventRow row) throws IOException;

    void end() throws IOException;
}
