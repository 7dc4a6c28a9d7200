package org.refugeegraph.graph;

/**
 * How the rows of a nested connection belong to their parent, for paging all parents of a query
 * level in one statement: e.g. Country.events is table "country", condition
 * "e.location_id = p.id" (the parent is always aliased p).
 */
public record ParentLink(String parentTable, String condition) {
}
