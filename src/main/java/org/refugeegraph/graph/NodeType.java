package org.refugeegraph.graph;

/** The entity types that have global ids; the name is part of every encoded id, so never rename one. */
public enum NodeType {
    Country, Event, Intervention, Actor, Source, Treaty, CountClaim
}
