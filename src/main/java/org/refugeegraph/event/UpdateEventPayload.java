package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UpdateEventPayload")
@Description("The result of updateEvent.")
public class UpdateEventPayload {
    private final Event event;

    UpdateEventPayload(Event event) {
        this.event = event;
    }

    @NonNull
    @Description("The event as it now stands, with its new version.")
    public Event getEvent() {
        return event;
    }
}
