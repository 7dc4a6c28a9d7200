package org.refugeegraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

/**
 * Refuses a POST to /graphql whose body is not declared application/json, before SmallRye parses it
 * (it would read a text/plain body as JSON). A cross-site HTML form can only send text/plain,
 * form-urlencoded or multipart without a CORS preflight: with this, a page elsewhere cannot make an
 * editor's browser run a mutation with its cached Basic credentials.
 */
@ApplicationScoped
public class JsonPostsOnly {
    private static final String REFUSAL = "{\"errors\":[{\"message\":\"POST /graphql needs Content-Type: application/json.\","
            + "\"extensions\":{\"code\":\"UNSUPPORTED_MEDIA_TYPE\"}}]}";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().method() == HttpMethod.POST && isGraphQL(context.normalizedPath())
                    && !isJson(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
                context.response().setStatusCode(415).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end(REFUSAL);
                return;
            }
            context.next();
        }, 100);
    }

    private static boolean isGraphQL(String path) {
        return "/graphql".equals(path) || "/graphql/".equals(path);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
        return type.equalsIgnoreCase("application/json");
    }
}
