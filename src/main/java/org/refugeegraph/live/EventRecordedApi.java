package org.refugeegraph.live;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.event.Event;
import org.refugeegraph.event.EventFilter;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

@GraphQLApi
public class EventRecordedApi {

    @Inject
    RecordedEvents recorded;

    @Subscription("eventRecorded")
    @NonNull
    @Description("Each event recorded from now on that matches the filter, as soon as it is committed: through any "
            + "instance of the service or straight into its database. Over WebSocket at /graphql (graphql-transport-ws). "
            + "Events recorded while a client is not connected are not replayed: query events for those.")
    public Multi<Event> eventRecorded(
            @Name("filter") @Description("Which events; all when omitted. The same filter as Query.events.") EventFilter filter) {
        // Checked now, so that a bad filter is an error of the subscribe message, not a silent stream.
        return recorded.matching(recorded.criteria(filter));
    }
}
