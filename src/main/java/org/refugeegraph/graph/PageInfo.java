package org.refugeegraph.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where this page sits in the whole list (Relay cursor connections).")
public class PageInfo {
    private final boolean hasNextPage;
    private final boolean hasPreviousPage;
    private final String startCursor;
    private final String endCursor;

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }

    @NonNull
    @Description("More items follow this page: pass endCursor as `after` with `first` to get them.")
    public boolean isHasNextPage() {
        return hasNextPage;
    }

    @NonNull
    @Description("Items come before this page: pass startCursor as `before` with `last` to get them.")
    public boolean isHasPreviousPage() {
        return hasPreviousPage;
    }

    @Description("Cursor of the first item on this page; null when the page is empty.")
    public String getStartCursor() {
        return startCursor;
    }

    @Description("Cursor of the last item on this page; null when the page is empty.")
    public String getEndCursor() {
        return endCursor;
    }
}
