package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.jms.BytesMessage;

import org.junit.jupiter.api.Test;
import org.safepassage.ingest.edifact.TestInputs;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.testing.IngestQueue;
import org.safepassage.testing.LogCapture;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;

/**
 * A property of the whole service, not just the parser: random mutations of the real samples (byte flips,
 * separators and tags inserted, ends cut off, ranges cut out or repeated), sent through the real routes over the
 * queue and over HTTP. Afterwards every message has a final status, none is left RECEIVED, every rejected one is on
 * the dead-letter queue, the service is healthy, and no log line carries the samples' names, document numbers or
 * dates of birth. Seeded: the same run every time; bounded by the number of messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MutatedMessagesThroughTheRoutesTest {

    private static final int MESSAGES = 240;
    private static final List<String> SAMPLES = List.of("paxlst/gtas_Test3_d02b_split_part1.edi",
            "paxlst/gtas_apisMessage_d05b_2pax_multileg.edi", "paxlst/smooks_d03b_ace_emanifest_crew_1.edi",
            "paxlst/synthetic_300pax_d05b.edi", "pnrgov/gtas_3_pnrs.edi", "pnrgov/gtas_codeshare.edi",
            "pnrgov/gtas_pnrMessageExample.edi", "pnrgov/gtas_pnrWithDoco.edi");

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMutatedMessageEndsWithAFinalStatusAndNothingLeaksIntoTheLogs() throws Exception {
        ServiceClient client = new ServiceClient(port);
        List<byte[]> seeds = SAMPLES.stream().map(TestInputs::sample).toList();
        List<String> personalData = personalData(seeds);
        Random random = new Random(20261201L);
        List<String> ids = new ArrayList<>();
        try (LogCapture logs = LogCapture.capture()) {
            for (int i = 0; i < MESSAGES; i++) {
                byte[] input = TestInputs.mutate(seeds.get(i % seeds.size()), random);
                if (i % 4 == 0) {
                    var response = client.send("POST", "/api/v1/messages", "ingest", input);
                    if (response.statusCode() == 202) {
                        ids.add(client.parse(response.body()).get("messageId").asText());
                    } else {
                        assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
                    }
                } else {
                    String id = "mutated-" + i;
                    IngestQueue.send(jms, id, input);
                    ids.add(id);
                }
            }
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() ->
                    ids.stream().noneMatch(id -> Set.of("NONE", "RECEIVED").contains(IngestQueue.status(jdbc, id))));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status = 'RECEIVED'"
                    + " AND received_at < ?", Integer.class, OffsetDateTime.now().minusSeconds(1))).isZero();
            List<String> statuses = ids.stream().map(id -> IngestQueue.status(jdbc, id)).toList();
            assertThat(statuses).allMatch(s -> Set.of("ACCEPTED", "ACCEPTED_WITH_WARNINGS", "REJECTED", "DUPLICATE").contains(s));
            assertThat(statuses).as("most mutations still carry usable data").filteredOn(s -> s.startsWith("ACCEPTED"))
                    .hasSizeGreaterThan(MESSAGES / 3);
            List<String> rejected = ids.stream().filter(id -> IngestQueue.status(jdbc, id).equals("REJECTED")).toList();
            jms.setReceiveTimeout(2_000);
            for (String id : rejected) {
                assertThat(jms.receiveSelected("safepassage.dlq", IngestQueue.MESSAGE_ID + " = '" + id + "'"))
                        .as("rejected message " + id + " kept on the dead-letter queue").isInstanceOf(BytesMessage.class);
            }
            assertThat(client.getJson("/actuator/health", "metrics").get("status").asText()).isEqualTo("UP");
            assertThat(logs.findAny(personalData)).isEmpty();
        }
    }

    /** Names (5 letters or more), document numbers and dates of birth of every traveller in the samples. */
    private static List<String> personalData(List<byte[]> seeds) throws Exception {
        Set<String> values = new HashSet<>();
        for (byte[] seed : seeds) {
            for (var message : TestInputs.parse(seed).messages()) {
                for (Traveller t : message.travellers()) {
                    for (String name : new String[] {t.surname(), t.givenNames()}) {
                        if (name != null && name.strip().length() >= 5) {
                            values.add(name.strip());
                        }
                    }
                    if (t.dateOfBirth().date() != null) {
                        values.add(t.dateOfBirth().date().toString());
                    }
                    for (TravelDocument d : t.documents()) {
                        if (d.number() != null && d.number().length() >= 6) {
                            values.add(d.number());
                        }
                    }
                }
            }
        }
        return List.copyOf(values);
    }
}
