package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default as a newcomer runs it: real HTTP, real security, embedded broker and database. */
@AutoConfigureMetrics
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceFoundationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String account) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":" + account).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsPublicAndCoversBrokerAndDatabase() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        var body = new tools.jackson.databind.json.JsonMapper().readTree(anonymous.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("status", "groups");
        assertThat(body.get("status").asText()).isEqualTo("UP");
        var health = new tools.jackson.databind.json.JsonMapper().readTree(get("/actuator/health", "metrics").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("jms").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void apiRefusesAnonymousCallersWith401() throws Exception {
        assertThat(get("/api/v1/session", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/flights", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/no-such-thing", null).statusCode()).isEqualTo(401);
    }

    @Test
    void apiRefusesAWrongPassword() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/session"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:guess".getBytes()))
                .build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void demoOfficerGetsThrough() throws Exception {
        HttpResponse<String> session = get("/api/v1/session", "officer");
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).contains("\"account\":\"officer\"").contains("\"roles\":[\"OFFICER\"]");
    }

    @Test
    void peopleAreSentToTheLoginForm() throws Exception {
        HttpResponse<String> home = get("/", null);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("password");
    }

    @Test
    void prometheusNeedsAMetricsAccountAndRendersCamelMetrics() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "officer").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", "metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("camel_");
    }
}
