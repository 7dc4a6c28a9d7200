package org.refugeegraph.treaty;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.refugeegraph.graph.DatePrecision;

/**
 * Which treaty obligations were in force on an event's date (Event.obligationsAtStake): a party is bound from the
 * day it became one; where the sources date that only to a month, quarter or year, only from that period's last
 * day, so that an obligation is listed only when it was certainly in force. A signatory is never bound.
 */
class ObligationsInForceTest {

    private static TreatyParticipation party(String since, DatePrecision precision) {
        return new TreatyParticipation(ParticipationStatus.PARTY, LocalDate.parse(since), precision);
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aPartyDatedToTheDayIsBoundFromThatDay() {
        TreatyParticipation party = party("1982-09-24", DatePrecision.DAY);
        assertFalse(party.bindsOn(day("1982-09-23")));
        assertTrue(party.bindsOn(day("1982-09-24")));
        assertTrue(party.bindsOn(day("2024-04-26")));
    }

    @Test
    void aPartyDatedToAMonthIsBoundFromItsLastDay() {
        TreatyParticipation party = party("2024-02-01", DatePrecision.MONTH);
        assertFalse(party.bindsOn(day("2024-02-28")));
        assertTrue(party.bindsOn(day("2024-02-29")), "2024 is a leap year");
    }

    @Test
    void aPartyDatedToAQuarterIsBoundFromItsLastDay() {
        TreatyParticipation party = party("2015-04-01", DatePrecision.QUARTER);
        assertFalse(party.bindsOn(day("2015-06-29")));
        assertTrue(party.bindsOn(day("2015-06-30")));
    }

    @Test
    void aPartyDatedToAYearIsBoundFromTheYearsEnd() {
        TreatyParticipation party = party("2015-01-01", DatePrecision.YEAR);
        assertFalse(party.bindsOn(day("2015-06-15")), "sometime in 2015: not certainly in force in June");
        assertFalse(party.bindsOn(day("2015-12-30")));
        assertTrue(party.bindsOn(day("2015-12-31")));
        assertTrue(party.bindsOn(day("2019-11-07")));
    }

    @Test
    void aPartyWithAnEntryIntoForceIsBoundFromThatDay() {
        TreatyParticipation party = new TreatyParticipation(ParticipationStatus.PARTY, day("2015-02-05"), DatePrecision.DAY,
                day("2015-03-07"));
        assertFalse(party.bindsOn(day("2015-02-05")), "ratified, not yet in force");
        assertFalse(party.bindsOn(day("2015-03-06")));
        assertTrue(party.bindsOn(day("2015-03-07")));
    }

    @Test
    void aNonPartyIsNeverBound() {
        TreatyParticipation notAParty = new TreatyParticipation(ParticipationStatus.NOT_A_PARTY, day("2019-12-01"),
                DatePrecision.MONTH);
        assertFalse(notAParty.bindsOn(day("2024-01-01")));
    }

    @Test
    void aSignatoryIsNeverBound() {
        TreatyParticipation signatory = new TreatyParticipation(ParticipationStatus.SIGNATORY, day("1990-01-01"),
                DatePrecision.DAY);
        assertFalse(signatory.bindsOn(day("2020-01-01")));
    }
}
