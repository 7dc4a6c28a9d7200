package org.refugeegraph.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.SearchHit;

@Entity
@Table(name = "actor")
@Type("Actor")
@Description("Someone who acts: a government that deports people, or a diplomat, NGO, UN body or parliament that intervenes.")
public class Actor implements Node, SearchHit {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private ActorKind kind;
    @Column(name = "country_id")
    private Long countryId;

    /** For Hibernate. */
    protected Actor() {
    }

    /** A new actor, as an editor records it. */
    Actor(String name, ActorKind kind, Long countryId) {
        this.name = name;
        this.kind = kind;
        this.countryId = countryId;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Actor, id);
    }

    public Long key() {
        return id;
    }

    public Long countryId() {
        return countryId;
    }

    @NonNull
    @Description("Name as the sources give it, e.g. 'Human Rights Watch', 'U.S. diplomats'.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("What sort of body it is.")
    public ActorKind getKind() {
        return kind;
    }
}
