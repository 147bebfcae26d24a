package org.safepassage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.ingest.IngestRouteTest.list;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;

import jakarta.jms.BytesMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safepassage.testing.ServiceClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jms.core.JmsTemplate;

/**
 * Several consumers per queue (as the postgres profile runs them): messages for one flight are still applied one
 * after the other, whatever order they are taken in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camel.component.jms.concurrent-consumers=3")
class ConcurrentConsumersTest {

    @LocalServerPort
    int port;

    @Autowired
    JmsTemplate jms;

    private ServiceClient client;

    @BeforeEach
    void client() {
        client = new ServiceClient(port);
    }

    /**
     * A new flight's split list (three parts) and a second list for it, all on the queue at once: the service's
     * three consumers take them concurrently, and the result is the same as one after the other: one
     * flight, every traveller once, the split list complete, nothing rejected or redelivered into a duplicate.
     */
    @Test
    void messagesForOneFlightTakenConcurrentlyGiveTheSameResultAsInSequence() {
        List<byte[]> messages = List.of(
                list("RACE1", "01:C", false, "RACEA", "RACEB"),
                list("RACE2", "02:C", false, "RACEC", "RACED"),
                list("RACE3", "03:F", false, "RACEE"),
                list("RACE4", "01:F", false, "RACEF", "RACEG"));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            byte[] body = new String(messages.get(i), StandardCharsets.ISO_8859_1).replace("XY100", "XY400").getBytes(StandardCharsets.ISO_8859_1);
            String id = "race-" + i;
            ids.add(id);
            jms.send("safepassage.api.in", session -> {
                BytesMessage m = session.createBytesMessage();
                m.writeBytes(body);
                m.setStringProperty(IngestRoutes.MESSAGE_ID, id);
                return m;
            });
        }
        List<String> warnings = new java.util.ArrayList<>();
        for (String id : ids) {
            JsonNode status = client.awaitProcessed(id);
            assertThat(status.get("status").asText()).as(id).startsWith("ACCEPTED");
            warnings.add(status.get("warnings").toString());
        }
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("split list complete: parts [1, 2, 3]"));
        assertThat(client.travellers("XY400-AAA-2026-12-30")).extracting(t -> t.get("surname"))
                .containsExactlyInAnyOrder("RACEA", "RACEB", "RACEC", "RACED", "RACEE", "RACEF", "RACEG");
    }

}
