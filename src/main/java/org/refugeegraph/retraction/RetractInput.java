package org.refugeegraph.retraction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RetractInput")
@Description("A record to withdraw from the graph, and why.")
public class RetractInput {
    @NonNull
    @NotBlank
    @Id
    @Description("Global id of an event, an intervention or a count claim.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("Why it is retracted, e.g. 'The source corrected the date: this is the event of 2021-07-14' "
            + "(at most 2,000 characters). Kept with the record.")
    public String reason;

    @Description("The version you read (Event.version, Intervention.version, CountClaim.version): if the record has "
            + "changed since, the retraction is refused with a CONFLICT error. Omit to retract whatever the version.")
    public Integer version;
}
