package org.refugeegraph.export;

import java.util.List;

/** One exported event: its fields, its preferred count of people and its sources. */
record EventRow(
        String id,
        String kind,
        String status,
        String title,
        String date,
        String dateStart,
        String dateEnd,
        String location,
        String origin,
        String destination,
        String perpetrator,
        Integer peopleBest,
        Integer peopleLow,
        Integer peopleHigh,
        String peopleQualifier,
        String peopleText,
        List<String> sourceTitles,
        List<String> sourceUrls) {

    /** Column names, in the order of the components above: the CSV header and the JSON keys. */
    static final List<String> COLUMNS = List.of("id", "kind", "status", "title", "date", "date_start", "date_end",
            "location", "origin", "destination", "perpetrator", "people_best", "people_low", "people_high",
            "people_qualifier", "people_text", "source_titles", "source_urls");

    /** The scalar values, in column order (the two source lists excluded). */
    Object[] scalars() {
        return new Object[] { id, kind, status, title, date, dateStart, dateEnd, location, origin, destination,
                perpetrator, peopleBest, peopleLow, peopleHigh, peopleQualifier, peopleText };
    }
}
