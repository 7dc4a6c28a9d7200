package org.refugeegraph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.NodeLoader;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.SearchHit;

/** Full-text search: the text and limit checked, the ranked hits loaded as nodes in their order. */
@ApplicationScoped
public class SearchService {
    static final int MAX_TEXT_LENGTH = 200;
    static final int DEFAULT_HITS = 10;
    static final int MAX_HITS = 100;

    @Inject
    SearchRepository search;
    @Inject
    NodeLoader nodes;

    public List<SearchHit> search(String text, Integer first) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT_LENGTH) {
            throw new BadInputException("search text must have 1 to " + MAX_TEXT_LENGTH + " characters, got " + trimmed.length() + ".");
        }
        int limit = first == null ? DEFAULT_HITS : first;
        if (limit < 1 || limit > MAX_HITS) {
            throw new BadInputException("'first' must be between 1 and " + MAX_HITS + ", got " + limit + ".");
        }
        Map<NodeType, List<Long>> idsByType = new HashMap<>();
        List<String> ranking = new ArrayList<>();
        for (SearchRepository.Hit hit : search.ranked(trimmed, limit)) {
            idsByType.computeIfAbsent(hit.type(), t -> new ArrayList<>()).add(hit.key());
            ranking.add(GlobalId.encode(hit.type(), hit.key()));
        }
        // One statement per type that has hits; every searchable entity is a SearchHit.
        Map<String, SearchHit> found = new HashMap<>();
        idsByType.forEach((type, ids) -> nodes.byIds(type, ids).forEach(node -> found.put(node.getId(), (SearchHit) node)));
        return ranking.stream().map(found::get).toList();
    }
}
