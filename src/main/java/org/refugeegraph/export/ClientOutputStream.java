package org.refugeegraph.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import io.vertx.core.http.HttpServerResponse;

/**
 * The response body, failing as soon as the client has gone. Vert.x drops writes to a closed connection
 * without an error, so without this check an abandoned export would read the database to its end while
 * holding a permit, a worker thread and a connection.
 */
final class ClientOutputStream extends FilterOutputStream {
    private final HttpServerResponse response;

    ClientOutputStream(OutputStream body, HttpServerResponse response) {
        super(body);
        this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
        checkClient();
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkClient();
        out.write(b, off, len); // as a block: FilterOutputStream would write byte by byte
    }

    @Override
    public void flush() throws IOException {
        checkClient();
        out.flush();
    }

    private void checkClient() throws IOException {
        if (response.closed()) {
            throw new IOException("The client closed the connection");
        }
    }
}
