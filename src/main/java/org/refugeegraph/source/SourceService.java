package org.refugeegraph.source;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.graph.Writes;

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

    /** The citations of each item of a query level that is an event, by the event id it holds. */
    public <T> List<List<Citation>> citationsOfEvents(List<T> level, Function<T, Long> eventId) {
        return Batches.many(level, eventId, citations.byEvents(Batches.keys(level, eventId)), Citation::eventId);
    }

    public <T> List<List<Citation>> citationsOfInterventions(List<T> level, Function<T, Long> interventionId) {
        return Batches.many(level, interventionId, citations.byInterventions(Batches.keys(level, interventionId)),
                Citation::interventionId);
    }

    public <T> List<List<Citation>> citationsOfParticipations(List<T> level, Function<T, Long> participationId) {
        return Batches.many(level, participationId,
                citations.byTreatyParticipations(Batches.keys(level, participationId)), Citation::treatyParticipationId);
    }

    /** The one citation each item of a level holds the id of (a count claim's). */
    public <T> List<Citation> citations(List<T> level, Function<T, Long> citationId) {
        return Batches.one(level, citationId, citations.byIds(Batches.keys(level, citationId)), Citation::key);
    }
}
