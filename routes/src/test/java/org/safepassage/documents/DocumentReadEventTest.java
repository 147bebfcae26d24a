package org.safepassage.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.DocumentRead;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document-read event as readers send it, and the clear refusal of one that cannot be used. */
class DocumentReadEventTest {

    private static final String DG1 = "YQVfHwEA"; // 0x61 ...
    private static final String SOD = "dwMBAgM="; // 0x77 ...

    private static DocumentReadEvent parse(String json) {
        return DocumentReadEvent.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String json, String... reasons) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(InvalidDocumentReadException.class)
                .satisfies(e -> {
                    for (String reason : reasons) {
                        assertThat(e.getMessage()).contains(reason);
                    }
                });
    }

    @Test
    void theIssuesExampleEventIsRead() {
        DocumentReadEvent e = parse("""
                {"readerId": "FRA-T1-BOOTH-3", "readAt": "2014-06-01T07:40:00Z",
                 "flightHint": {"carrier": "XY", "number": "4711", "date": "2014-06-01"},
                 "mrz": "LINE1\\nLINE2", "files": {"DG1": "%s", "SOD": "%s"},
                 "activeAuthentication": {"challenge": "0102030405060708", "response": "AABB"},
                 "chipAuthentication": "PASSED"}""".formatted(DG1, SOD));

        assertThat(e.readerId()).isEqualTo("FRA-T1-BOOTH-3");
        assertThat(e.readAt()).isEqualTo(Instant.parse("2014-06-01T07:40:00Z"));
        assertThat(e.flightHint()).isEqualTo(new DocumentReadEvent.FlightHint("XY", "4711", LocalDate.of(2014, 6, 1)));
        assertThat(e.files()).containsOnlyKeys("DG1", "SOD");
        DocumentRead read = e.read();
        assertThat(read.dataGroups()).containsOnlyKeys(1);
        assertThat(read.sod()).startsWith((byte) 0x77);
        assertThat(read.aaChallenge()).hasSize(8);
        assertThat(read.chipAuthentication()).isEqualTo(DocumentRead.ReaderResult.PASSED);
        assertThat(read.at()).isEqualTo(e.readAt());
        assertThat(e.toString()).doesNotContain("LINE1");
    }

    @Test
    void everyOptionalPartMayBeLeftOut() {
        DocumentReadEvent e = parse("{\"readerId\": \"EGATE-1\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"P<X\"}");
        assertThat(e.flightHint()).isNull();
        assertThat(e.files()).isEmpty();
        assertThat(e.chipAuthentication()).isNull();
    }

    @Test
    void brokenEventsAreRefusedWithEveryReasonAndNoValue() {
        refused("{\"readerId\": ", "not JSON", "line 1");
        refused("[1, 2]", "must be a JSON object");
        refused("{\"readAt\": \"yesterday\", \"mrz\": \"P<SECRETNAME\"}", "readerId is required",
                "readAt must be an instant");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\"}", "neither an mrz nor any chip file");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"files\": {\"DG1\": \"not base64!\"}}",
                "files.DG1 is not valid base64");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"files\": {\"DG1\": \"" + SOD + "\"}}",
                "files.DG1 is not DG1: it starts with tag 0x77 (that of SOD), DG1 starts with 0x61");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"files\": {\"DG17\": \"" + DG1 + "\"}}",
                "unknown file name 'DG17'");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"x\", \"readerID\": \"R\"}",
                "unknown field 'readerID'");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"x\", "
                + "\"flightHint\": {\"carrier\": \"XY\", \"number\": \"47110\", \"date\": \"2014-13-01\"}}",
                "flightHint.number must be", "flightHint.date must be a date");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"x\", "
                + "\"activeAuthentication\": {\"challenge\": \"zz\", \"response\": \"00\"}}",
                "activeAuthentication.challenge is not hexadecimal");
        refused("{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"x\", \"chipAuthentication\": \"OK\"}",
                "chipAuthentication must be PASSED, FAILED or NOT_PERFORMED");
        assertThatThrownBy(() -> parse("{\"readAt\": \"x\", \"mrz\": \"P<SECRETNAME\"}"))
                .hasMessageNotContaining("SECRETNAME");
    }

    @Test
    void theJsonSchemaInTheRepositoryNamesTheFieldsTheServiceReads() throws Exception {
        // the tests run in the repository root
        Path schema = Path.of("docs/document-read.schema.json");
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(schema));
        Set<String> schemaFields = new TreeSet<>(root.get("properties").propertyNames());
        assertThat(schemaFields).containsExactlyInAnyOrder("readerId", "readAt", "flightHint", "mrz", "files",
                "activeAuthentication", "chipAuthentication");
        // each field the schema names is one the parser knows (an unknown one would be refused)
        for (String field : schemaFields) {
            String json = "{\"readerId\": \"R\", \"readAt\": \"2026-12-01T10:00:00Z\", \"mrz\": \"x\", \"" + field + "\": null}";
            if (!field.equals("readerId") && !field.equals("readAt") && !field.equals("mrz")) {
                assertThat(parse(json)).as(field).isNotNull();
            }
        }
        assertThat(root.get("required").toString()).contains("readerId", "readAt");
    }
}
