package org.refugeegraph.event;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AddCountClaimPayload")
@Description("The result of addCountClaim.")
public class AddCountClaimPayload {
    private final CountClaim claim;
    private final Event event;

    AddCountClaimPayload(CountClaim claim, Event event) {
        this.claim = claim;
        this.event = event;
    }

    @NonNull
    @Description("The new claim.")
    public CountClaim getClaim() {
        return claim;
    }

    @NonNull
    @Description("The event it is about, with its claims and (if the claim is preferred) its new people figure.")
    public Event getEvent() {
        return event;
    }
}
