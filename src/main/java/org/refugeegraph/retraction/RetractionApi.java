package org.refugeegraph.retraction;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class RetractionApi {

    @Inject
    RetractionService retractions;

    @Mutation("retract")
    @NonNull
    @Description("Editors only: withdraws an event, an intervention or a count claim that should not stand, e.g. a "
            + "duplicate or a misreading of the source. It leaves every read (lists, node, search, statistics, the "
            + "links and citations that hang on it) but its record and the reason are kept. Retracting what is "
            + "already retracted, or unknown, is a NOT_FOUND error.")
    public RetractPayload retract(@Name("input") @NonNull @Description("What to retract, and why.") RetractInput input) {
        return retractions.retract(input);
    }
}
