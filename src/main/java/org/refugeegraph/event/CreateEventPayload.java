package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateEventPayload")
@Description("The result of createEvent.")
public class CreateEventPayload {
    private final Event event;

    CreateEventPayload(Event event) {
        this.event = event;
    }

    @NonNull
    @Description("The new event, with its id and version.")
    public Event getEvent() {
        return event;
    }
}
