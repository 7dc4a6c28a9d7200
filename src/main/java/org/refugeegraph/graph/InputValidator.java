package org.refugeegraph.graph;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/** Bean Validation of a mutation's input, reported as VALIDATION errors that name each offending field. */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    /** Checks the constraints of an input argument; its fields are reported as argument.field (input.url). */
    public void check(String argument, Object input) {
        if (input == null) {
            throw new InvalidInputException(argument, "must not be null");
        }
        List<InvalidInputException.Violation> violations = validator.validate(input).stream()
                .map(v -> new InvalidInputException.Violation(argument + "." + field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(InvalidInputException.Violation::field))
                .toList();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /** authors[1] rather than Hibernate Validator's authors[1].&lt;list element&gt;. */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
            } else if (node.getName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
