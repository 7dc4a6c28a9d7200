package org.refugeegraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque global ids: base64url of "Type:key". Clients must treat them as opaque; we keep the
 * type inside so that Query.node knows which table to look in.
 */
public record GlobalId(NodeType type, long key) {

    public static String encode(NodeType type, long key) {
        return encode(type.name(), key);
    }

    /**
     * The id of a recorded row by its type's name, for history (Query.changes): the same id as a node's
     * when the type is a node type, and of the same form for rows that are not nodes (a citation).
     */
    public static String encode(String type, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static GlobalId decode(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw malformed(id);
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
        int colon = raw.indexOf(':');
        if (colon < 1) {
            throw malformed(id);
        }
        try {
            long key = Long.parseLong(raw.substring(colon + 1));
            return new GlobalId(NodeType.valueOf(raw.substring(0, colon)), key);
        } catch (IllegalArgumentException e) {
            throw malformed(id);
        }
    }

    /** Decodes an id that must name an entity of the given type (e.g. filter.perpetratorIds must be actors). */
    public static long decode(String id, NodeType expected) {
        GlobalId globalId = decode(id);
        if (globalId.type() != expected) {
            throw new BadInputException("Id '" + id + "' is a " + globalId.type() + " id, expected a " + expected + " id.");
        }
        return globalId.key();
    }

    private static BadInputException malformed(String id) {
        return new BadInputException("Malformed id '" + id + "': use an id returned by this API.");
    }
}
