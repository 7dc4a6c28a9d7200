package org.refugeegraph.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateSourceInput")
@Description("A published document to cite: an article, a report, a resolution, a statistics table.")
public class CreateSourceInput {
    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("Its title, or a plain description where the document has none (at most 500 characters).")
    public String title;

    @NonNull
    @NotBlank
    @Size(max = 300)
    @Description("Who published it: a newspaper, an NGO, a ministry, a UN body (at most 300 characters).")
    public String publisher;

    @Size(max = 50)
    @Description("Named authors, if any (at most 50, each at most 200 characters).")
    public List<@NonNull @NotNull @NotBlank @Size(max = 200) String> authors;

    @Size(max = 2000)
    @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*", message = "must be an http:// or https:// URL")
    @Description("Where to read it: an http:// or https:// URL, if it is online.")
    public String url;

    @Description("Publication date, if known.")
    public LocalDate publishedOn;

    @Size(min = 1, max = 200)
    @Description("Optional key chosen by the client (e.g. a UUID) that makes createSource safe to retry: the same key "
            + "again from the same account returns the source the first request created, and records nothing. "
            + "Ignored where the source comes inside a citation: the key of the mutation that records the fact applies.")
    public String idempotencyKey;
}
