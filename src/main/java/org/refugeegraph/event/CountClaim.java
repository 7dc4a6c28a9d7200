package org.refugeegraph.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.Generated;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PeopleCount;

@Entity
@Table(name = "count_claim")
@Type("CountClaim")
@Description("One source's figure for the number of people in an event. Sources disagree: each figure is its own claim; "
        + "one is preferred (from the most authoritative source, then the conservative figure) and others may be disputed. "
        + "How figures are chosen and what each word means: docs/methodology.md (served at /docs/methodology.md).")
public class CountClaim implements Node {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "citation_id")
    private Long citationId;
    @Embedded
    private PeopleCount count;
    private boolean preferred;
    private boolean disputed;
    private String note;
    /** The optimistic lock of writes to the claim (retract's version check); the database sets it, and Hibernate reads it back. */
    @Generated
    @Column(insertable = false, updatable = false)
    private int version;

    @Override
    @Id
    @NonNull
    @Description("Opaque global id: retract takes it, Query.node resolves it.")
    public String getId() {
        return GlobalId.encode(NodeType.CountClaim, id);
    }

    public Long key() {
        return id;
    }

    @NonNull
    @Description("Starts at 1 and grows with every change to the claim; give it to retract to be sure that nobody changed "
            + "the claim since you read it.")
    public int getVersion() {
        return version;
    }

    /** For Hibernate. */
    protected CountClaim() {
    }

    /** A new claim, as an editor records it. */
    CountClaim(Long eventId, Long citationId, PeopleCount count, boolean preferred, boolean disputed, String note) {
        this.eventId = eventId;
        this.citationId = citationId;
        this.count = count;
        this.preferred = preferred;
        this.disputed = disputed;
        this.note = note;
    }

    public Long eventId() {
        return eventId;
    }

    public Long citationId() {
        return citationId;
    }

    @NonNull
    @Description("The figure, with bounds, qualifier and the source's words.")
    public PeopleCount getCount() {
        return count;
    }

    @NonNull
    @Description("This is the event's preferred figure (Event.people): from the most authoritative source, then the most "
            + "conservative; the note says which rule chose it. See docs/methodology.md.")
    public boolean isPreferred() {
        return preferred;
    }

    @NonNull
    @Description("Other sources or later data contradict this figure; the note says how. "
            + "events(filter: {disputed: true}) lists every event with such a figure.")
    public boolean isDisputed() {
        return disputed;
    }

    @Description("Why the claim is disputed or preferred, or what it counts (e.g. 'men 202, women 845').")
    public String getNote() {
        return note;
    }
}
