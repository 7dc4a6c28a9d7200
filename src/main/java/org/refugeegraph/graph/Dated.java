package org.refugeegraph.graph;

import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An entity with a date as precisely as its sources give it (columns date_start, date_end, date_precision). */
@MappedSuperclass
public abstract class Dated {
    @Embedded
    private PartialDate date;

    /** For Hibernate. */
    protected Dated() {
    }

    /** A new entity, as an editor records it. */
    protected Dated(PartialDate date) {
        this.date = date;
    }

    @NonNull
    @Description("When it happened, as precisely as the sources say.")
    public PartialDate getDate() {
        return date;
    }

    public LocalDate dateStart() {
        return date.getStart();
    }

    public LocalDate dateEnd() {
        return date.getEnd();
    }
}
