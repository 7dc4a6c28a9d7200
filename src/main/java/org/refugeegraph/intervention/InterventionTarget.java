package org.refugeegraph.intervention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.CountQualifier;
import org.refugeegraph.graph.PeopleCount;

@Entity
@Table(name = "intervention_target")
@Type("InterventionTarget")
@Description("An event an intervention aimed at, and what came of it.")
public class InterventionTarget {
    @jakarta.persistence.Id
    private Long id;
    @Column(name = "intervention_id")
    private Long interventionId;
    @Column(name = "event_id")
    private Long eventId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @Column(name = "protected_best")
    private Integer protectedBest;
    @Column(name = "protected_low")
    private Integer protectedLow;
    @Column(name = "protected_high")
    private Integer protectedHigh;
    @Enumerated(EnumType.STRING)
    @Column(name = "protected_qualifier")
    private CountQualifier protectedQualifier;
    @Column(name = "protected_text")
    private String protectedText;
    private String note;

    public Long interventionId() {
        return interventionId;
    }

    public Long eventId() {
        return eventId;
    }

    public Outcome outcome() {
        return outcome;
    }

    @NonNull
    @Description("What came of the intervention for this event.")
    public Outcome getOutcome() {
        return outcome;
    }

    @Description("How many people the intervention protected, where the sources say.")
    public PeopleCount getPeopleProtected() {
        return protectedQualifier == null ? null
                : new PeopleCount(protectedBest, protectedLow, protectedHigh, protectedQualifier, protectedText);
    }

    @Description("Anything the sources add about this target.")
    public String getNote() {
        return note;
    }
}
