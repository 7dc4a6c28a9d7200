package org.refugeegraph.source;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.Batches;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.IdempotencyKeys;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.NodeType;
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
    @Inject
    IdempotencyKeys keys;

    /** Editors only; one transaction: the source is written whole or not at all, and once per idempotency key. */
    @Transactional
    public CreateSourcePayload create(CreateSourceInput input) {
        String account = writes.admit(Access.EDITOR, input);
        return new CreateSourcePayload(keys.once(account, "createSource", input.idempotencyKey,
                () -> newSource(input), SourceDocument::getId,
                id -> sources.findById(GlobalId.decode(id, NodeType.Source))));
    }

    /**
     * Records the citation of a new event, within the caller's transaction (which has admitted and
     * validated the input), creating the source too when the citation brings a new one.
     *
     * @param field where the citation sits in the mutation's input, for errors: input.citation
     */
    public Citation citeEvent(CitationInput input, String field, long eventId) {
        return persist(Citation.ofEvent(sourceIdOf(input, field), input.quote.strip(), strip(input.locator), eventId));
    }

    public Citation citeIntervention(CitationInput input, String field, long interventionId) {
        return persist(Citation.ofIntervention(sourceIdOf(input, field), input.quote.strip(), strip(input.locator), interventionId));
    }

    public Citation citeInterventionTarget(CitationInput input, String field, long targetId) {
        return persist(Citation.ofInterventionTarget(sourceIdOf(input, field), input.quote.strip(), strip(input.locator), targetId));
    }

    private Citation persist(Citation citation) {
        citations.persist(citation);
        return citation;
    }

    /** The existing source the citation names, or a new one it brings: exactly one of the two. */
    private long sourceIdOf(CitationInput input, String field) {
        if ((input.sourceId == null) == (input.source == null)) {
            throw new InvalidInputException(field + ".sourceId", input.sourceId == null
                    ? "must name the source: sourceId (a source in the graph) or source (a new one)"
                    : "give either sourceId or source, not both");
        }
        if (input.source != null) {
            return newSource(input.source).key();
        }
        long id;
        try {
            id = GlobalId.decode(input.sourceId, NodeType.Source);
        } catch (BadInputException e) {
            throw new InvalidInputException(field + ".sourceId", e.getMessage());
        }
        // (outside the try: InvalidInputException is a BadInputException, and its message already names the field)
        if (sources.findById(id) == null) {
            throw new InvalidInputException(field + ".sourceId", "no source has the id '" + input.sourceId + "'");
        }
        return id;
    }

    private SourceDocument newSource(CreateSourceInput input) {
        SourceDocument source = new SourceDocument(input.title.strip(), input.publisher.strip(),
                input.authors == null ? List.of() : input.authors.stream().map(String::strip).toList(),
                input.url, input.publishedOn);
        sources.create(source);
        return source;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public <T> List<List<Citation>> citationsOfInterventionTargets(List<T> level, Function<T, Long> targetId) {
        return Batches.many(level, targetId, citations.byInterventionTargets(Batches.keys(level, targetId)),
                Citation::interventionTargetId);
    }

    public <T> List<List<Citation>> citationsOfEventDuplicates(List<T> level, Function<T, Long> duplicateId) {
        return Batches.many(level, duplicateId, citations.byEventDuplicates(Batches.keys(level, duplicateId)),
                Citation::eventDuplicateId);
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
