package org.refugeegraph.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Entity
@Table(name = "citation")
@Type("Citation")
@Description("The passage of a source that supports one fact: an event, an intervention, a count or a treaty accession.")
public class Citation {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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
    @Column(name = "intervention_target_id")
    private Long interventionTargetId;
    @Column(name = "event_duplicate_id")
    private Long eventDuplicateId;
    private String note;

    protected Citation() {
    }

    private Citation(Long sourceId, String quote, String locator) {
        this.sourceId = sourceId;
        this.quote = quote;
        this.locator = locator;
    }

    static Citation ofEvent(Long sourceId, String quote, String locator, Long eventId) {
        Citation citation = new Citation(sourceId, quote, locator);
        citation.eventId = eventId;
        return citation;
    }

    static Citation ofIntervention(Long sourceId, String quote, String locator, Long interventionId) {
        Citation citation = new Citation(sourceId, quote, locator);
        citation.interventionId = interventionId;
        return citation;
    }

    static Citation ofInterventionTarget(Long sourceId, String quote, String locator, Long targetId) {
        Citation citation = new Citation(sourceId, quote, locator);
        citation.interventionTargetId = targetId;
        return citation;
    }

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

    public Long interventionTargetId() {
        return interventionTargetId;
    }

    public Long eventDuplicateId() {
        return eventDuplicateId;
    }

    @Description("The sentence in the source that supports the fact, in the source's own words.")
    public String getQuote() {
        return quote;
    }

    @Description("Page, paragraph, table or section, where the source has them; for a table (the Ministry of "
            + "Unification's statistics), the row and column.")
    public String getLocator() {
        return locator;
    }

    @Description("What about this citation is unverified, e.g. a figure known only from a summary of the source, "
            + "not from its own words; null when the quote or locator was read in the source. See docs/methodology.md.")
    public String getNote() {
        return note;
    }
}
