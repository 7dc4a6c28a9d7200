package org.refugeegraph.export;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One exported event: its fields, its preferred count of people and its sources. Jackson writes it as a JSON
 * object and as a CSV row ({@link EventFormats}); the names and their order are the CSV header and the JSON keys.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "id", "kind", "status", "title", "date", "date_start", "date_end", "location", "origin",
        "destination", "perpetrator", "people_best", "people_low", "people_high", "people_qualifier", "people_text",
        "source_titles", "source_urls" })
@JsonInclude(JsonInclude.Include.ALWAYS) // every key in every object, null when unknown, whatever the global setting
@RegisterForReflection // Jackson reads the record's components by reflection, also in the native binary
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
}
