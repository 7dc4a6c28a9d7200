package org.refugeegraph.intervention;

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
import org.hibernate.annotations.Generated;
import org.refugeegraph.graph.Dated;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.PartialDate;
import org.refugeegraph.graph.SearchHit;

@Entity
@Table(name = "intervention")
@Type("Intervention")
@Description("Something an actor did to stop or answer events: a diplomatic protest, a statement, advocacy, a UN action, "
        + "a resolution. Its targets say which events it aimed at and what came of it.")
public class Intervention extends Dated implements Node, SearchHit {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private InterventionKind kind;
    private String title;
    private String summary;
    @Column(name = "actor_id")
    private Long actorId;
    /** The optimistic lock of writes (retract's version check); the database sets it, and Hibernate reads it back. */
    @Generated
    @Column(insertable = false, updatable = false)
    private int version;

    /** For Hibernate. */
    protected Intervention() {
    }

    /** A new intervention, as an editor records it. */
    Intervention(InterventionKind kind, String title, String summary, PartialDate date, long actorId) {
        super(date);
        this.kind = kind;
        this.title = title;
        this.summary = summary;
        this.actorId = actorId;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Intervention, id);
    }

    public Long key() {
        return id;
    }

    public Long actorId() {
        return actorId;
    }

    @NonNull
    @Description("How the actor intervened.")
    public InterventionKind getKind() {
        return kind;
    }

    @NonNull
    @Description("A short headline, e.g. 'U.S. diplomats protest planned deportation of 13 defectors'.")
    public String getTitle() {
        return title;
    }

    @Description("A few sentences on what was done, from the sources.")
    public String getSummary() {
        return summary;
    }

    @NonNull
    @Description("Starts at 1 and grows with every change to the intervention; give it to retract to be sure that "
            + "nobody changed it since you read it.")
    public int getVersion() {
        return version;
    }
}
