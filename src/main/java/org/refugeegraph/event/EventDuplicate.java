package org.refugeegraph.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A row of event_duplicate (V13): the event `eventId` probably reports again the people of `sameAsId`, e.g. the
 * Heritage article's deportations prevented "in 2020" and the Lang Son group of 2019. Read only; the API shows it
 * from either side as a {@link PossibleDuplicate}.
 */
@Entity
@Table(name = "event_duplicate")
public class EventDuplicate {
    @jakarta.persistence.Id
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "same_as_id")
    private Long sameAsId;
    private String note;

    protected EventDuplicate() {
    }

    public Long key() {
        return id;
    }

    public Long eventId() {
        return eventId;
    }

    public Long sameAsId() {
        return sameAsId;
    }

    /** The link as seen from the event `from`: its other side. */
    PossibleDuplicate seenFrom(Long from) {
        return new PossibleDuplicate(id, from, from.equals(eventId) ? sameAsId : eventId, note);
    }
}
