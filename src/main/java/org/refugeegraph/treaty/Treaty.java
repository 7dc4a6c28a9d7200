package org.refugeegraph.treaty;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;

@Entity
@Table(name = "treaty")
@Type("Treaty")
@Description("An international treaty whose parties must not send people back to persecution or torture "
        + "(non-refoulement), e.g. the 1951 Refugee Convention and the Convention against Torture.")
public class Treaty implements Node {
    @jakarta.persistence.Id
    private Long id;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Treaty, id);
    }

    public Long key() {
        return id;
    }

    @NonNull
    @Description("Full name, e.g. 'Convention relating to the Status of Refugees'.")
    public String getName() {
        return name;
    }

    @NonNull
    @Description("Common short name, e.g. 'Refugee Convention'.")
    public String getShortName() {
        return shortName;
    }

    @Description("When it was adopted.")
    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }
}
