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
@Description("A country's ratification, accession or signature of a treaty.")
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
    private String note;

    /** For Hibernate. */
    protected TreatyParticipation() {
    }

    /** A participation not read from the database, for tests of {@link #bindsOn}. */
    TreatyParticipation(ParticipationStatus status, LocalDate since, DatePrecision sincePrecision) {
        this.status = status;
        this.since = since;
        this.sincePrecision = sincePrecision;
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

    /** Whether the country was certainly a party on this day (a year-only accession counts from the year's end). */
    public boolean bindsOn(LocalDate day) {
        if (status != ParticipationStatus.PARTY) {
            return false;
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
    @Description("Since when (first day of the period where the sources give only a month or year; see sincePrecision).")
    public LocalDate getSince() {
        return since;
    }

    @NonNull
    @Description("How precisely the sources date `since`.")
    public DatePrecision getSincePrecision() {
        return sincePrecision;
    }

    @NonNull
    @Description("Party (bound) or signatory.")
    public ParticipationStatus getStatus() {
        return status;
    }

    @Description("What is uncertain about this entry, e.g. an unverified day.")
    public String getNote() {
        return note;
    }
}
