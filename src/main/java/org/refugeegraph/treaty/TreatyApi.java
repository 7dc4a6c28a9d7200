package org.refugeegraph.treaty;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.refugeegraph.country.Country;
import org.refugeegraph.event.Event;
import org.refugeegraph.source.Citation;

@GraphQLApi
public class TreatyApi {

    @Inject
    TreatyService treaties;

    @Query("treaties")
    @NonNull
    @Description("Treaties that forbid sending people back to persecution or torture, oldest first.")
    public List<@NonNull Treaty> treaties() {
        return treaties.all();
    }

    @NonNull
    @Description("The countries that ratified, acceded to or signed it, earliest first.")
    public List<@NonNull List<@NonNull TreatyParticipation>> parties(@Source List<Treaty> level) {
        return treaties.parties(level, true);
    }

    @NonNull
    @Description("The countries that a cited source says are not parties (status NOT_A_PARTY, as of `since`), earliest first.")
    public List<@NonNull List<@NonNull TreatyParticipation>> nonParties(@Source List<Treaty> level) {
        return treaties.parties(level, false);
    }

    @NonNull
    @Description("The treaties this country ratified, acceded to or signed, earliest first.")
    public List<@NonNull List<@NonNull TreatyParticipation>> treatyParticipations(@Source List<Country> level) {
        return treaties.participationsOf(level, true);
    }

    @NonNull
    @Description("The treaties that a cited source says this country is not a party to (status NOT_A_PARTY, as of `since`).")
    public List<@NonNull List<@NonNull TreatyParticipation>> notPartyTo(@Source List<Country> level) {
        return treaties.participationsOf(level, false);
    }

    @NonNull
    @Description("The country.")
    public List<@NonNull Country> country(@Source List<TreatyParticipation> level) {
        return treaties.countries(level);
    }

    @NonNull
    @Description("The treaty.")
    public List<@NonNull Treaty> treaty(@Source List<TreatyParticipation> level) {
        return treaties.treaties(level);
    }

    @NonNull
    @Description("Treaties in force for the location country on the event's date (its first day), e.g. the 1951 "
            + "Refugee Convention for a deportation from China: from the treaty's entry into force for the country where "
            + "the sources give it, else from the accession; accessions the sources date only to a year count from that "
            + "year's end, so that this lists only obligations certainly in force. See docs/methodology.md.")
    public List<@NonNull List<@NonNull TreatyParticipation>> obligationsAtStake(@Source List<Event> level) {
        return treaties.obligationsAtStake(level);
    }

    @NonNull
    @Description("The sources for this accession or ratification, or for the statement that the country is not a party.")
    public List<@NonNull List<@NonNull Citation>> citations(@Source List<TreatyParticipation> level) {
        return treaties.citations(level);
    }
}
