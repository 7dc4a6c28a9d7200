package org.refugeegraph.history;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.event.CountClaim;
import org.refugeegraph.event.Event;
import org.refugeegraph.graph.Node;
import org.refugeegraph.graph.PageRequest;
import org.refugeegraph.intervention.Intervention;

/** Who changed what and when: revisions of each record, and the feed of changes that clients sync by. */
@GraphQLApi
public class HistoryApi {
    private static final String REVISIONS = " Oldest first. Records of the bundled data set have no history until an editor changes them.";

    @Inject
    HistoryService history;

    @Name("history")
    @NonNull
    @Description("Every recorded change of this event: created, updated, retracted." + REVISIONS)
    public List<@NonNull List<@NonNull Revision>> eventHistory(@Source List<Event> level) {
        return history.revisions(level, "Event", Event::key);
    }

    @Name("history")
    @NonNull
    @Description("Every recorded change of this intervention: created, updated, retracted." + REVISIONS)
    public List<@NonNull List<@NonNull Revision>> interventionHistory(@Source List<Intervention> level) {
        return history.revisions(level, "Intervention", Intervention::key);
    }

    @Name("history")
    @NonNull
    @Description("Every recorded change of this claim: created, updated, retracted." + REVISIONS)
    public List<@NonNull List<@NonNull Revision>> claimHistory(@Source List<CountClaim> level) {
        return history.revisions(level, "CountClaim", CountClaim::key);
    }

    @Query("history")
    @NonNull
    @Description("Every recorded change of a node by its global id, also once it has been retracted (a retracted record "
            + "leaves every other read, not its history)." + REVISIONS)
    public List<@NonNull Revision> history(@NonNull @Id @Name("id") @Description("A global id returned by this API.") String id) {
        return history.history(id);
    }

    @Query("changes")
    @NonNull
    @Description("Everything created, updated or retracted since an instant, oldest first: for clients that keep a copy "
            + "in sync. Poll with the last page's pageInfo.endCursor as `after` (keep the previous cursor when a page is "
            + "empty): a cursor never skips a change, even one whose transaction commits late, while a later `since` "
            + "could. A change is listed once every transaction that began writing before it has ended.")
    public ChangeConnection changes(
            @NonNull @Name("since") @Description("Changes made at or after this instant, e.g. 2026-01-31T00:00:00Z. A change "
                    + "is stamped when it is made, not when its transaction commits: to follow on from a copy read at some "
                    + "instant, start a little before it.") OffsetDateTime since,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after) {
        return history.changes(since, PageRequest.of(first, after, null, null));
    }

    @Description("The record as it stands now; null once it has been retracted, and for a record that Query.node "
            + "does not resolve (such as an InterventionTarget or a Citation: read it through its event or intervention).")
    public List<Node> node(@Source List<Change> level) {
        return history.nodes(level);
    }

    @NonNull
    @Description("Number of items in the whole list (all pages); counted only when asked for.")
    public List<@NonNull Integer> totalCount(@Source List<ChangeConnection> connections) {
        return connections.stream().map(ChangeConnection::count).toList();
    }
}
