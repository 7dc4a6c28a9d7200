package org.refugeegraph.treaty;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.refugeegraph.graph.DatePrecision;

@Entity
@Table(name = "treaty_participation")
@Type("TreatyParticipation")
@Description("A country's ratification, accession or signature of a treaty, or a cited statement that it is not a party.")
public class TreatyParticipation {
    @jakarta.persistence.Id
    private Long id;
    @Column(name = "treaty_id")
    private Long treatyId;
    @Column(name = "country_id")
    private Long countryId;
    private LocalDate since;
    @Enumerated(EnumType.STRING)
    @Column(name = "since_precision")
    private DatePrecision sincePrecision;
    @Enumerated(EnumType.STRING)
    private ParticipationStatus status;
    @Column(name = "in_force_on")
    private LocalDate inForceOn;
    private String note;

    /** For Hibernate. */
    protected TreatyParticipation() {
    }

    /** A participation not read from the database, for tests of {@link #bindsOn}. */
    TreatyParticipation(ParticipationStatus status, LocalDate since, DatePrecision sincePrecision) {
        this(status, since, sincePrecision, null);
    }

    /** The same, with the day the treaty entered into force for the country. */
    TreatyParticipation(ParticipationStatus status, LocalDate since, DatePrecision sincePrecision, LocalDate inForceOn) {
        this.status = status;
        this.since = since;
        this.sincePrecision = sincePrecision;
        this.inForceOn = inForceOn;
    }

    public Long key() {
        return id;
    }

    public Long treatyId() {
        return treatyId;
    }

    public Long countryId() {
        return countryId;
    }

    /** Whether this row says the country is a party or signatory (not a NOT_A_PARTY row). */
    public boolean takesPart() {
        return status != ParticipationStatus.NOT_A_PARTY;
    }

    /**
     * Whether the treaty was certainly in force for the country on this day: from its entry into force where the
     * sources give it, else from `since` (a year-only accession counting from the year's end).
     */
    public boolean bindsOn(LocalDate day) {
        if (status != ParticipationStatus.PARTY) {
            return false;
        }
        if (inForceOn != null) {
            return !inForceOn.isAfter(day);
        }
        LocalDate certainFrom = switch (sincePrecision) {
            case DAY -> since;
            case MONTH -> since.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> since.plusMonths(3).minusDays(1);
            case YEAR -> since.with(TemporalAdjusters.lastDayOfYear());
        };
        return !certainFrom.isAfter(day);
    }

    @NonNull
    @Description("Since when (first day of the period where the sources give only a month or year; see sincePrecision). "
            + "For NOT_A_PARTY: the date of the source that says the country is not a party.")
    public LocalDate getSince() {
        return since;
    }

    @NonNull
    @Description("How precisely the sources date `since`.")
    public DatePrecision getSincePrecision() {
        return sincePrecision;
    }

    @NonNull
    @Description("Party (bound), signatory, or not a party.")
    public ParticipationStatus getStatus() {
        return status;
    }

    @Description("The day the treaty entered into force for the country, where the sources give it (the Convention "
            + "against Torture: 30 days after ratification or accession); obligations count from then.")
    public LocalDate getInForceOn() {
        return inForceOn;
    }

    @Description("What is uncertain about this entry, e.g. an unverified day.")
    public String getNote() {
        return note;
    }
}
