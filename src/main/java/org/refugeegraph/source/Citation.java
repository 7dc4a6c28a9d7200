package org.refugeegraph.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "citation")
@Type("Citation")
@Description("The passage of a source that supports one fact: an event, an intervention, a count or a treaty accession.")
public class Citation {
    @jakarta.persistence.Id
    private Long id;
    @Column(name = "source_id")
    private Long sourceId;
    private String quote;
    private String locator;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "intervention_id")
    private Long interventionId;
    @Column(name = "treaty_participation_id")
    private Long treatyParticipationId;

    public Long key() {
        return id;
    }

    public Long sourceId() {
        return sourceId;
    }

    public Long eventId() {
        return eventId;
    }

    public Long interventionId() {
        return interventionId;
    }

    public Long treatyParticipationId() {
        return treatyParticipationId;
    }

    @Description("The sentence in the source that supports the fact, in the source's own words.")
    public String getQuote() {
        return quote;
    }

    @Description("Page, paragraph, table or section, where the source has them.")
    public String getLocator() {
        return locator;
    }
}
