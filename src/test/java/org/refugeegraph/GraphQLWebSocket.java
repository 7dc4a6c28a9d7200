package org.refugeegraph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A GraphQL client over WebSocket speaking graphql-transport-ws (the protocol of the graphql-ws library, which
 * GraphiQL and Apollo use): connection_init, connection_ack, then subscribe messages; the server answers each
 * with next messages, and complete or error. Every message received is queued for the test to take in order;
 * the server's keep-alive pings are answered and kept out of the queue.
 */
public final class GraphQLWebSocket implements AutoCloseable {
    public static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<Map<String, Object>> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private GraphQLWebSocket(URI uri) {
        socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols(SUBPROTOCOL)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .join();
    }

    /** Opens a socket to the /graphql endpoint at this http(s) URL and completes the connection_init handshake. */
    public static GraphQLWebSocket connect(URI graphqlEndpoint) throws InterruptedException {
        URI uri = URI.create(graphqlEndpoint.toString().replaceFirst("^http", "ws"));
        GraphQLWebSocket client = new GraphQLWebSocket(uri);
        client.send(Map.of("type", "connection_init"));
        Map<String, Object> ack = client.next(Duration.ofSeconds(10));
        if (ack == null || !"connection_ack".equals(ack.get("type"))) {
            throw new AssertionError("Expected connection_ack, got " + ack);
        }
        return client;
    }

    /** Sends a subscribe message with a query file of src/test/resources/graphql and variables name, value, ... */
    public void subscribe(String id, String file, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", GraphQLClient.load(file), "variables", vars)));
    }

    /** Asks the server to end a subscription. */
    public void complete(String id) {
        send(Map.of("id", id, "type", "complete"));
    }

    /** The next message from the server, or null if none came within the timeout. */
    public Map<String, Object> next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void send(Map<String, Object> message) {
        try {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> null).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    Map<String, Object> message = JSON.readValue(text.toString(), Map.class);
                    if ("ping".equals(message.get("type"))) {
                        webSocket.sendText("{\"type\":\"pong\"}", true);
                    } else {
                        received.add(message);
                    }
                } catch (JsonProcessingException e) {
                    received.add(Map.of("type", "unparseable", "text", text.toString()));
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add(Map.of("type", "closed", "code", statusCode, "reason", reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            received.add(Map.of("type", "failed", "error", error.toString()));
        }
    }
}
