package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One side's view of an {@link EventDuplicate}: the other event, why they are probably the same, and the sources. */
@Type("PossibleDuplicate")
@Description("Another event that probably reports the same people as this one, from other sources (e.g. the same group "
        + "counted differently, or dated differently). Statistics and totals count the people once: only in the event "
        + "that others are `sameAs`. See docs/methodology.md.")
public class PossibleDuplicate {
    private final Long linkId;
    private final Long eventId;
    private final Long otherEventId;
    private final String note;

    PossibleDuplicate(Long linkId, Long eventId, Long otherEventId, String note) {
        this.linkId = linkId;
        this.eventId = eventId;
        this.otherEventId = otherEventId;
        this.note = note;
    }

    public Long linkId() {
        return linkId;
    }

    /** The event this link was reached from. */
    public Long eventId() {
        return eventId;
    }

    public Long otherEventId() {
        return otherEventId;
    }

    @NonNull
    @Description("Why the two are probably the same people, and what still differs between their sources.")
    public String getNote() {
        return note;
    }
}
