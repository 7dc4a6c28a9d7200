package org.refugeegraph.intervention;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.PeopleCount;

@Entity
@Table(name = "intervention_target")
@Type("InterventionTarget")
@Description("An event an intervention aimed at, and what came of it.")
public class InterventionTarget {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "intervention_id")
    private Long interventionId;
    @Column(name = "event_id")
    private Long eventId;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    /** Null when all protected_* columns are (the schema keeps qualifier and text null together). */
    @Embedded
    @AttributeOverride(name = "best", column = @Column(name = "protected_best"))
    @AttributeOverride(name = "low", column = @Column(name = "protected_low"))
    @AttributeOverride(name = "high", column = @Column(name = "protected_high"))
    @AttributeOverride(name = "qualifier", column = @Column(name = "protected_qualifier"))
    @AttributeOverride(name = "text", column = @Column(name = "protected_text"))
    private PeopleCount peopleProtected;
    private String note;

    /** For Hibernate. */
    protected InterventionTarget() {
    }

    /** A new link, as an editor records it; peopleProtected may be null. */
    InterventionTarget(long interventionId, long eventId, Outcome outcome, PeopleCount peopleProtected, String note) {
        this.interventionId = interventionId;
        this.eventId = eventId;
        this.outcome = outcome;
        this.peopleProtected = peopleProtected;
        this.note = note;
    }

    public Long key() {
        return id;
    }

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
        return peopleProtected;
    }

    @Description("Anything the sources add about this target.")
    public String getNote() {
        return note;
    }
}
