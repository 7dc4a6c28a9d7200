package org.refugeegraph.retraction;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RetractPayload")
@Description("The result of retract: the record has left every read; its row and the reason remain.")
public class RetractPayload {
    private final String id;
    private final OffsetDateTime retractedAt;
    private final String reason;

    RetractPayload(String id, OffsetDateTime retractedAt, String reason) {
        this.id = id;
        this.retractedAt = retractedAt;
        this.reason = reason;
    }

    @Id
    @NonNull
    @Description("Global id of the retracted record.")
    public String getId() {
        return id;
    }

    @NonNull
    @Description("When it was retracted (UTC).")
    public OffsetDateTime getRetractedAt() {
        return retractedAt;
    }

    @NonNull
    @Description("Why, as the editor gave it.")
    public String getReason() {
        return reason;
    }
}
