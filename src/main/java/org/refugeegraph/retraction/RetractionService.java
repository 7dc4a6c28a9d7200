package org.refugeegraph.retraction;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.refugeegraph.event.EventService;
import org.refugeegraph.graph.Access;
import org.refugeegraph.graph.BadInputException;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.InvalidInputException;
import org.refugeegraph.graph.Writes;
import org.refugeegraph.intervention.InterventionService;

/** Retractions: a record leaves every read, and keeps its row, the time and the reason. */
@ApplicationScoped
public class RetractionService {

    @Inject
    Writes writes;
    @Inject
    EventService events;
    @Inject
    InterventionService interventions;

    /** Editors only; one transaction. Each feature retracts its own records. */
    @Transactional
    public RetractPayload retract(RetractInput input) {
        writes.admit(Access.EDITOR, input);
        GlobalId id;
        try {
            id = GlobalId.decode(input.id);
        } catch (BadInputException e) {
            throw new InvalidInputException("input.id", e.getMessage());
        }
        String reason = input.reason.strip();
        OffsetDateTime retractedAt = switch (id.type()) {
            case Event -> events.retract(id.key(), reason, input.version);
            case Intervention -> interventions.retract(id.key(), reason, input.version);
            case CountClaim -> events.retractClaim(id.key(), reason, input.version);
            // issue 9 retracts the facts that sources report; countries, treaties, actors and sources are not among them
            default -> throw new InvalidInputException("input.id", "only events, interventions and count claims can be "
                    + "retracted; this id is of type " + id.type());
        };
        return new RetractPayload(input.id, retractedAt, reason);
    }
}
