package org.safepassage.manifest;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;

import org.safepassage.manifest.model.Traveller;
import org.springframework.stereotype.Component;

/**
 * How a traveller record (as the API or the PNR message gave it) is kept in the database: Jackson's Smile, the
 * binary form of the same JSON document (same fields, same values; readable with any Smile or Jackson tool, e.g.
 * {@code new ObjectMapper(new SmileFactory()).readTree(bytes)}). Ingest writes one record per traveller per
 * message; as JSON text that was the largest cost of a commit after the indexes (measured on the ingest load
 * harness: 27,800 travellers/s with JSON text, see README, Benchmarks, for the figure with Smile). Empty fields
 * are left out.
 */
@Component
public class TravellerRecordCodec {

    private final ObjectMapper smile;

    public TravellerRecordCodec(ObjectMapper json) {
        // the service's JSON configuration (dates as ISO text, modules), written in the binary form
        this.smile = json.copyWith(new SmileFactory()).setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }

    public byte[] write(Traveller traveller) {
        try {
            return smile.writeValueAsBytes(traveller);
        } catch (IOException e) {
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
        } catch (IOException e) {
            throw new IllegalStateException("stored traveller record cannot be read", e);
        }
    }
}
