package org.refugeegraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.event.CountClaim;
import org.refugeegraph.event.Event;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.Writes;
import org.refugeegraph.intervention.Intervention;
import org.refugeegraph.treaty.TreatyParticipation;

/** Sources and the citations that tie each fact to a passage of one. */
@ApplicationScoped
public class SourceService {

    @Inject
    SourceRepository sources;
    @Inject
    CitationRepository citations;
    @Inject
    Writes writes;

    /** Editors only; one transaction: the source is written whole or not at all. */
    @Transactional
    public CreateSourcePayload create(CreateSourceInput input) {
        writes.admit(Access.EDITOR, input);
        SourceDocument source = new SourceDocument(input.title.strip(), input.publisher.strip(),
                input.authors == null ? List.of() : input.authors.stream().map(String::strip).toList(),
                input.url, input.publishedOn);
        sources.create(source);
        return new CreateSourcePayload(source);
    }

    public SourceConnection page(PageRequest page) {
        return sources.page(page);
    }

    public List<SourceDocument> sourcesOf(List<Citation> level) {
        return Batches.one(level, Citation::sourceId, sources.byIds(Batches.keys(level, Citation::sourceId)), SourceDocument::key);
    }

    public List<List<Citation>> citationsOfSources(List<SourceDocument> level) {
        return Batches.many(level, SourceDocument::key, citations.bySources(Batches.keys(level, SourceDocument::key)),
                Citation::sourceId);
    }

    public List<List<Citation>> citationsOfEvents(List<Event> level) {
        return Batches.many(level, Event::key, citations.byEvents(Batches.keys(level, Event::key)), Citation::eventId);
    }

    public List<List<Citation>> citationsOfInterventions(List<Intervention> level) {
        return Batches.many(level, Intervention::key, citations.byInterventions(Batches.keys(level, Intervention::key)),
                Citation::interventionId);
    }

    public List<List<Citation>> citationsOfParticipations(List<TreatyParticipation> level) {
        return Batches.many(level, TreatyParticipation::key,
                citations.byTreatyParticipations(Batches.keys(level, TreatyParticipation::key)), Citation::treatyParticipationId);
    }

    public List<Citation> citationsOfClaims(List<CountClaim> level) {
        return Batches.one(level, CountClaim::citationId, citations.byIds(Batches.keys(level, CountClaim::citationId)), Citation::key);
    }
}
