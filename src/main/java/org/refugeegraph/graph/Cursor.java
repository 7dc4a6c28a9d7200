package org.refugeegraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset cursor: the ordering it belongs to, the row's sort key and its id (the tie-breaker).
 * Pages built on sort key + id stay stable while editors add rows, unlike offsets.
 */
public record Cursor(String ordering, String key, long id) {

    public String encode() {
        String raw = ordering + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor that must come from a page with the given ordering. */
    public static Cursor decode(String cursor, String expectedOrdering) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(cursor);
        }
        int first = raw.indexOf('|');
        int last = raw.lastIndexOf('|');
        if (first < 1 || last <= first) {
            throw malformed(cursor);
        }
        String ordering = raw.substring(0, first);
        if (!ordering.equals(expectedOrdering)) {
            throw new BadInputException("Cursor '" + cursor + "' belongs to another list or ordering ("
                    + ordering + "); use cursors only with the query and orderBy that returned them.");
        }
        try {
            return new Cursor(ordering, raw.substring(first + 1, last), Long.parseLong(raw.substring(last + 1)));
        } catch (NumberFormatException e) {
            throw malformed(cursor);
        }
    }

    static BadInputException malformed(String cursor) {
        return new BadInputException("Malformed cursor '" + cursor + "': pass a cursor returned by this API (edges.cursor, pageInfo.startCursor or endCursor).");
    }
}
