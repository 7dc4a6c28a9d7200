package org.refugeegraph.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CreateSourcePayload")
@Description("The result of createSource.")
public class CreateSourcePayload {
    private final SourceDocument source;

    CreateSourcePayload(SourceDocument source) {
        this.source = source;
    }

    @NonNull
    @Description("The new source, with its id for citations.")
    public SourceDocument getSource() {
        return source;
    }
}
