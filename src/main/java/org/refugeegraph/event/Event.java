package org.refugeegraph.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.Dated;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PartialDate;
import org.refugeegraph.graph.SearchHit;

@Entity
@Table(name = "event")
@Type("Event")
@Description("Something that happened, or was planned, to North Koreans outside or at the border of North Korea: "
        + "a deportation, a detention, an arrest, a resettlement, a border measure. Every figure comes with its sources (claims).")
public class Event extends Dated implements Node, SearchHit {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    @Enumerated(EnumType.STRING)
    private EventStatus status;
    private String title;
    private String summary;
    @Column(name = "location_id")
    private Long locationId;
    @Column(name = "origin_id")
    private Long originId;
    @Column(name = "destination_id")
    private Long destinationId;
    @Column(name = "perpetrator_id")
    private Long perpetratorId;
    @Column(name = "part_of_id")
    private Long partOfId;
    /** Kept by a database trigger from the preferred claim. */
    @Column(name = "people_best", insertable = false, updatable = false)
    private Integer peopleBest;
    /** The optimistic lock: written once at insert, then only by EventRepository.update (version = version + 1). */
    @Column(updatable = false)
    private int version;

    /** For Hibernate. */
    protected Event() {
    }

    /** A new event, as an editor records it. */
    Event(EventKind kind, EventStatus status, String title, String summary, PartialDate date, Long locationId,
            Long originId, Long destinationId, Long perpetratorId, Long partOfId) {
        super(date);
        this.kind = kind;
        this.status = status;
        this.title = title;
        this.summary = summary;
        this.locationId = locationId;
        this.originId = originId;
        this.destinationId = destinationId;
        this.perpetratorId = perpetratorId;
        this.partOfId = partOfId;
        this.version = 1;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Event, id);
    }

    public Long key() {
        return id;
    }

    public Long locationId() {
        return locationId;
    }

    public Long originId() {
        return originId;
    }

    public Long destinationId() {
        return destinationId;
    }

    public Long perpetratorId() {
        return perpetratorId;
    }

    public Long partOfId() {
        return partOfId;
    }

    /** Sort key of the PEOPLE ordering: events without a number sort as -1. */
    public int peopleSortKey() {
        return peopleBest == null ? -1 : peopleBest;
    }

    @NonNull
    @Description("What happened.")
    public EventKind getKind() {
        return kind;
    }

    @NonNull
    @Description("Whether it happened: carried out, planned, averted or unknown.")
    public EventStatus getStatus() {
        return status;
    }

    @NonNull
    @Description("A short headline, e.g. 'China deports about 50 North Koreans via Dandong-Sinuiju'.")
    public String getTitle() {
        return title;
    }

    @Description("A few sentences on what happened, from the sources.")
    public String getSummary() {
        return summary;
    }

    @NonNull
    @Description("Changes with every update (1 when recorded). updateEvent takes the version the editor saw and "
            + "refuses with a CONFLICT error if the event has changed since.")
    public int getVersion() {
        return version;
    }
}
