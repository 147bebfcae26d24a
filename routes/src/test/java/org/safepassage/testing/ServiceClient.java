package org.safepassage.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A real HTTP client for the running service, as the border systems and officers use it. */
public final class ServiceClient {

    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    public ServiceClient(int port) {
        this("http://127.0.0.1:" + port, HttpClient.newHttpClient());
    }

    /** A client of the service at {@code base} (e.g. {@code https://localhost:8443}) through {@code http}. */
    public ServiceClient(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public static byte[] resource(String path) {
        try (var in = ServiceClient.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String account, byte[] body) {
        return send(method, path, account, body, "text/plain");
    }

    public HttpResponse<String> sendJson(String method, String path, String account, byte[] body) {
        return send(method, path, account, body, "application/json");
    }

    public HttpResponse<String> send(String method, String path, String account, byte[] body, String contentType) {
        return sendWith(method, path, account == null ? null : basic(account, account), body, contentType);
    }

    /** A request with the given Authorization header value (or none). */
    public HttpResponse<String> sendWith(String method, String path, String authorization, byte[] body,
                                         String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String account, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public JsonNode getJson(String path, String account) {
        HttpResponse<String> response = send("GET", path, account, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public JsonNode parse(String body) {
        return json.readTree(body);
    }

    /** Submits raw EDIFACT as the ingest account; returns the message id of the 202. */
    public String submit(byte[] edifact) {
        HttpResponse<String> response = send("POST", "/api/v1/messages", "ingest", edifact);
        if (response.statusCode() != 202) {
            throw new AssertionError("POST /api/v1/messages answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body()).get("messageId").asText();
    }

    /** Waits until the message has been processed and returns its status document. */
    public JsonNode awaitProcessed(String messageId) {
        JsonNode[] status = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpResponse<String> response = send("GET", "/api/v1/messages/" + messageId, "officer", null);
            if (response.statusCode() != 200) {
                return false;
            }
            status[0] = parse(response.body());
            return !"RECEIVED".equals(status[0].get("status").asText());
        });
        return status[0];
    }

    /** The items of a paged list answer ({@code {"items": [...], "page": ..., ...}}), first page of up to 1,000. */
    public JsonNode items(String path, String account) {
        JsonNode page = getJson(path + (path.contains("?") ? "&" : "?") + "size=1000", account);
        return page.get("items");
    }

    public JsonNode flight(String flightId) {
        for (JsonNode f : items("/api/v1/flights", "officer")) {
            if (f.get("flightId").asText().equals(flightId)) {
                return f;
            }
        }
        throw new AssertionError("no flight " + flightId + " in " + items("/api/v1/flights", "officer"));
    }

    public List<Map<String, Object>> travellers(String flightId) {
        return json.convertValue(items("/api/v1/flights/" + flightId + "/travellers", "officer"),
                new TypeReference<>() { });
    }
}
