package org.safepassage.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.smile.SmileMapper;

import org.safepassage.manifest.model.Traveller;
import org.springframework.stereotype.Component;

/**
 * How a traveller record (as the API or the PNR message gave it) is kept in the database: Jackson's Smile, the
 * binary form of the same JSON document (same fields, same values; readable with any Smile or Jackson tool, e.g.
 * {@code new SmileMapper().readTree(bytes)}). Ingest writes one record per traveller per
 * message; as JSON text that was the largest cost of a commit after the indexes (measured on the ingest load
 * harness: 27,800 travellers/s with JSON text, see README, Benchmarks, for the figure with Smile). Empty fields
 * are left out.
 */
@Component
class TravellerRecordCodec {

    private final ObjectMapper smile;

    public TravellerRecordCodec() {
        // dates as ISO text (Jackson 3's default, as the service's JSON), empty values left out; records written by
        // releases on Jackson 2 have the same form and read back unchanged
        this.smile = SmileMapper.builder()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .build();
    }

    public byte[] write(Traveller traveller) {
        try {
            return smile.writeValueAsBytes(traveller);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise a traveller record", e);
        }
    }

    /** The record, or {@code null} when there is none (a traveller seen only in the other source). */
    public Traveller read(byte[] record) {
        if (record == null) {
            return null;
        }
        try {
            return smile.readValue(record, Traveller.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored traveller record cannot be read", e);
        }
    }
}
