package org.refugeegraph.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.refugeegraph.graph.PartialDateInput;

/** Every field but id and version is optional: absent (or null) leaves the event's value as it is. */
@Input("UpdateEventInput")
@Description("New values for some fields of an event; the fields left out keep their values.")
public class UpdateEventInput {
    @Id
    @NonNull
    @NotNull
    @Description("Global id of the event.")
    public String id;

    @NonNull
    @NotNull
    @Description("The version of the event the editor saw (Event.version). If it has changed since, the update is "
            + "refused with a CONFLICT error and nothing changes: reload the event and apply the change again.")
    public Integer version;

    @Description("What happened; unchanged when omitted.")
    public EventKind kind;

    @Description("Whether it happened; unchanged when omitted.")
    public EventStatus status;

    @Size(max = 300)
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("A short headline (at most 300 characters); unchanged when omitted.")
    public String title;

    @Size(max = 5000)
    @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
    @Description("A few sentences on what happened (at most 5,000 characters); unchanged when omitted.")
    public String summary;

    @Valid
    @Description("When it happened; unchanged when omitted.")
    public PartialDateInput date;

    @Description("Alpha-2 or alpha-3 code of the country where it happened; unchanged when omitted.")
    public String location;

    @Description("Alpha-2 or alpha-3 code of the country the people came from; unchanged when omitted.")
    public String origin;

    @Description("Alpha-2 or alpha-3 code of the country the people were sent to; unchanged when omitted.")
    public String destination;

    @Id
    @Description("Global id of the actor that carried it out; unchanged when omitted.")
    public String perpetratorId;
}
