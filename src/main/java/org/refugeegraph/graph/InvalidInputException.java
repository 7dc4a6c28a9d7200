package org.refugeegraph.graph;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A mutation input that breaks one or more rules. {@link FieldErrors} answers each offending field
 * with its own VALIDATION error whose extensions name the field (e.g. "input.url"), so that a form
 * can mark every wrong field at once.
 */
public class InvalidInputException extends BadInputException {
    /** One offending input field, by its path from the argument (input.publishedOn), and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
