package org.refugeegraph.country;

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
@Table(name = "country")
@Type("Country")
@Description("A country or territory of ISO 3166-1. Events happen in countries, send people to them, "
        + "and countries are parties to treaties that forbid sending refugees back to persecution.")
public class Country implements Node {
    @jakarta.persistence.Id
    private Long id;
    private String alpha2;
    private String alpha3;
    private String name;

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Country, id);
    }

    /** Database id; not part of the API. */
    public Long key() {
        return id;
    }

    @NonNull
    @Description("ISO 3166-1 alpha-3 code, e.g. CHN.")
    public String getCode() {
        return alpha3;
    }

    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. CN.")
    public String getAlpha2() {
        return alpha2;
    }

    @NonNull
    @Description("English short name, e.g. North Korea.")
    public String getName() {
        return name;
    }
}
