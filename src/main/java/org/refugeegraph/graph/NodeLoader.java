package org.refugeegraph.graph;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.actor.ActorRepository;
import org.refugeegraph.country.CountryRepository;
import org.refugeegraph.event.EventRepository;
import org.refugeegraph.intervention.InterventionRepository;
import org.refugeegraph.source.SourceRepository;
import org.refugeegraph.treaty.TreatyRepository;

/** Loads nodes of one type by database id, in one statement: for Query.node and Query.search. */
@ApplicationScoped
public class NodeLoader {

    @Inject
    CountryRepository countries;
    @Inject
    EventRepository events;
    @Inject
    InterventionRepository interventions;
    @Inject
    ActorRepository actors;
    @Inject
    SourceRepository sources;
    @Inject
    TreatyRepository treaties;

    public List<? extends Node> byIds(NodeType type, Collection<Long> ids) {
        return switch (type) {
            case Country -> countries.byIds(ids);
            case Event -> events.byIds(ids);
            case Intervention -> interventions.byIds(ids);
            case Actor -> actors.byIds(ids);
            case Source -> sources.byIds(ids);
            case Treaty -> treaties.byIds(ids);
        };
    }
}
