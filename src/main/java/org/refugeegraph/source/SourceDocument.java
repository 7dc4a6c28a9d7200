package org.refugeegraph.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.GlobalId;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.NodeType;
import org.refugeegraph.graph.SearchHit;

/** GraphQL type Source; named otherwise in Java because @Source is the batching annotation. */
@Entity
@Table(name = "source")
@Type("Source")
@Description("A published document that facts come from: an article, a report, a resolution, a statistics table.")
public class SourceDocument implements Node, SearchHit {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String publisher;
    @Column(name = "authors")
    private String[] authorNames;
    private String url;
    @Column(name = "published_on")
    private LocalDate publishedOn;

    /** For Hibernate. */
    protected SourceDocument() {
    }

    /** A new source, as an editor records it. */
    SourceDocument(String title, String publisher, List<String> authors, String url, LocalDate publishedOn) {
        this.title = title;
        this.publisher = publisher;
        this.authorNames = authors.toArray(String[]::new);
        this.url = url;
        this.publishedOn = publishedOn;
    }

    @Override
    @Id
    @NonNull
    @Description("Opaque global id.")
    public String getId() {
        return GlobalId.encode(NodeType.Source, id);
    }

    public Long key() {
        return id;
    }

    @NonNull
    @Description("Title, or a plain description where the document has none.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("Who published it: a newspaper, an NGO, a ministry, a UN body.")
    public String getPublisher() {
        return publisher;
    }

    @NonNull
    @Description("Named authors, if any.")
    public List<@NonNull String> getAuthors() {
        return authorNames == null ? List.of() : List.of(authorNames);
    }

    @Description("Where to read it, if it is online.")
    public String getUrl() {
        return url;
    }

    @Description("Publication date, if known.")
    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
