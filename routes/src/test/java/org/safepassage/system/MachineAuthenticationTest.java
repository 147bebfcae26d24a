package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safepassage.testing.Paxlst;
import org.safepassage.testing.ServiceClient;
import org.safepassage.testing.TestDataDirectory;
import org.safepassage.testing.TestPki;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Machine clients as a production deployment authenticates them, over real TLS: a client certificate (mutual TLS)
 * whose CN names the account, a bearer token of the configured issuer whose roles claim gives the roles, or HTTP
 * Basic with a bcrypt-hashed password; failed sign-ins audited and, past a limit, locked for a while.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MachineAuthenticationTest {

    private static final Path DIR = TestDataDirectory.newDirectory().resolve("pki");
    private static final TestPki PKI = new TestPki(DIR, "SafePassage Test CA");
    private static final TestPki OTHER_PKI = new TestPki(DIR.resolve("other"), "Somebody Else's CA");
    private static final Path TRUST = PKI.trustStore("trust.p12");
    private static final Path TOKEN_KEY = DIR.resolve("issuer.pem");
    private static final KeyPair ISSUER_KEYS = TestPki.tokenKeys(TOKEN_KEY);
    private static final KeyPair FORGER_KEYS = TestPki.tokenKeys(DIR.resolve("forger.pem"));
    private static final String ISSUER = "https://idp.border.example";
    private static final String SENDER_PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) {
        Path server = PKI.keyStore("server.p12", "CN=localhost", true);
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> "file:" + server);
        registry.add("server.ssl.key-store-password", () -> new String(TestPki.PASSWORD));
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.client-auth", () -> "want");
        registry.add("server.ssl.trust-store", () -> "file:" + TRUST);
        registry.add("server.ssl.trust-store-password", () -> new String(TestPki.PASSWORD));
        registry.add("server.ssl.trust-store-type", () -> "PKCS12");
        registry.add("safepassage.security.tokens.public-key-location", () -> "file:" + TOKEN_KEY);
        registry.add("safepassage.security.tokens.issuer", () -> ISSUER);
        registry.add("safepassage.security.users[0].name", () -> "border-sender");
        registry.add("safepassage.security.users[0].roles", () -> "INGEST");
        registry.add("safepassage.security.users[1].name", () -> "sender2");
        registry.add("safepassage.security.users[1].password", () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(SENDER_PASSWORD));
        registry.add("safepassage.security.users[1].roles", () -> "INGEST");
        registry.add("safepassage.security.users[2].name", () -> "sender3");
        registry.add("safepassage.security.users[2].password", () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(SENDER_PASSWORD));
        registry.add("safepassage.security.users[2].roles", () -> "INGEST");
        registry.add("safepassage.security.login.max-failures-per-account", () -> "4");
        registry.add("safepassage.security.login.max-failures-per-address", () -> "12");
        registry.add("safepassage.security.login.lock-duration", () -> "3s");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ServiceClient client(Path keyStore) {
        HttpClient http = HttpClient.newBuilder().sslContext(PKI.clientContext(keyStore, TRUST)).build();
        return new ServiceClient("https://localhost:" + port, http);
    }

    private String token(KeyPair keys, String issuer, Object roles, Instant expires) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("api-gateway")
                    .claim("roles", roles).issueTime(new Date()).expirationTime(Date.from(expires)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] list(String flight) {
        return Paxlst.flight(flight, "LHR", "261230").traveller("AUTHTEST", "ADULT", "800101", "GBR", "AU1", "AD1").build();
    }

    @Test
    @Order(1)
    void aClientCertificateNamesTheAccount() {
        ServiceClient sender = client(PKI.keyStore("border-sender.p12", "CN=border-sender,O=Airport", false));
        JsonNode session = sender.parse(sender.sendWith("GET", "/api/v1/session", null, null, "text/plain").body());
        assertThat(session.get("account").asText()).isEqualTo("border-sender");
        assertThat(session.get("roles").toString()).isEqualTo("[\"INGEST\"]");
        HttpResponse<String> submitted = sender.sendWith("POST", "/api/v1/messages", null, list("ZZ840"), "text/plain");
        assertThat(submitted.statusCode()).isEqualTo(202);

        ServiceClient stranger = client(PKI.keyStore("stranger.p12", "CN=stranger", false));
        assertThat(stranger.sendWith("GET", "/api/v1/session", null, null, "text/plain").statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void aCertificateFromAnotherAuthorityIsNotAccepted() {
        Path foreign = OTHER_PKI.keyStore("foreign.p12", "CN=border-sender", false);
        HttpClient http = HttpClient.newBuilder().sslContext(OTHER_PKI.clientContext(foreign, TRUST)).build();
        ServiceClient impostor = new ServiceClient("https://localhost:" + port, http);
        int status;
        try {
            status = impostor.sendWith("GET", "/api/v1/session", null, null, "text/plain").statusCode();
        } catch (UncheckedIOException e) {
            status = -1; // the TLS handshake refused the certificate
        }
        assertThat(status).isNotEqualTo(200);
    }

    @Test
    @Order(3)
    void aBearerTokenOfTheConfiguredIssuerGivesItsRoles() {
        ServiceClient gateway = client(null);
        Instant soon = Instant.now().plus(Duration.ofMinutes(5));
        String ingest = ServiceClient.bearer(token(ISSUER_KEYS, ISSUER, List.of("INGEST"), soon));
        assertThat(gateway.sendWith("POST", "/api/v1/messages", ingest, list("ZZ841"), "text/plain").statusCode())
                .isEqualTo(202);
        JsonNode session = gateway.parse(gateway.sendWith("GET", "/api/v1/session", ingest, null, "text/plain").body());
        assertThat(session.get("account").asText()).isEqualTo("api-gateway");
        assertThat(session.get("roles").toString()).isEqualTo("[\"INGEST\"]");

        Map<String, String> refused = Map.of(
                "another issuer", ServiceClient.bearer(token(ISSUER_KEYS, "https://evil.example", List.of("INGEST"), soon)),
                "expired", ServiceClient.bearer(token(ISSUER_KEYS, ISSUER, List.of("INGEST"), Instant.now().minusSeconds(600))),
                "another key", ServiceClient.bearer(token(FORGER_KEYS, ISSUER, List.of("INGEST"), soon)),
                "not a token", "Bearer not.a.token");
        refused.forEach((why, header) -> assertThat(
                gateway.sendWith("POST", "/api/v1/messages", header, list("ZZ842"), "text/plain").statusCode())
                .as(why).isEqualTo(401));
        String officerOnly = ServiceClient.bearer(token(ISSUER_KEYS, ISSUER, "OFFICER ADMIN", soon));
        assertThat(gateway.sendWith("POST", "/api/v1/messages", officerOnly, list("ZZ843"), "text/plain").statusCode())
                .as("roles decide, unknown roles give nothing").isEqualTo(403);
    }

    @Test
    @Order(4)
    void aHashedPasswordSignsInOverBasicAgainAndAgain() {
        ServiceClient sender = client(null);
        String basic = ServiceClient.basic("sender2", SENDER_PASSWORD);
        for (int i = 0; i < 20; i++) {
            assertThat(sender.sendWith("GET", "/api/v1/session", basic, null, "text/plain").statusCode()).isEqualTo(200);
        }
        assertThat(sender.sendWith("GET", "/api/v1/session", ServiceClient.basic("sender2", SENDER_PASSWORD + "x"), null,
                "text/plain").statusCode()).as("a remembered password is that password only").isEqualTo(401);
    }

    @Test
    @Order(5)
    void failedSignInsAreAuditedAndLockTheAccountForAWhile() {
        ServiceClient guesser = client(null);
        int before = failures("sender3");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> wrong = guesser.sendWith("GET", "/api/v1/session",
                    ServiceClient.basic("sender3", "guess" + i), null, "text/plain");
            assertThat(wrong.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = guesser.sendWith("GET", "/api/v1/session",
                ServiceClient.basic("sender3", SENDER_PASSWORD), null, "text/plain");
        assertThat(locked.statusCode()).as("even the right password while locked").isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(failures("sender3") - before).isEqualTo(4);
        assertThat(jdbc.queryForList("SELECT subject || ' ' || detail FROM audit_event WHERE actor = 'sender3' AND action = 'LOGIN_FAILED'",
                String.class)).allSatisfy(row -> assertThat(row).startsWith("127.0.0.1").doesNotContain("guess"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = 'sender3' AND action = 'LOGIN_LOCKED'",
                Integer.class)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> guesser.sendWith("GET",
                "/api/v1/session", ServiceClient.basic("sender3", SENDER_PASSWORD), null, "text/plain").statusCode() == 200);
    }

    @Test
    @Order(6)
    void anUnknownNameIsAuditedByDigestAndTooManyFailuresLockTheAddress() {
        ServiceClient guesser = client(null);
        String typedPassword = "hunter2-typed-into-the-name-field";
        assertThat(guesser.sendWith("GET", "/api/v1/session", ServiceClient.basic(typedPassword, "x"), null, "text/plain")
                .statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE action = 'LOGIN_FAILED'", String.class))
                .noneMatch(actor -> actor.contains("hunter2")).anyMatch(actor -> actor.startsWith("unknown:"));
        for (int i = 0; i < 12; i++) {
            guesser.sendWith("GET", "/api/v1/session", ServiceClient.basic("nobody" + i, "x"), null, "text/plain");
        }
        HttpResponse<String> officer = guesser.sendWith("GET", "/api/v1/session", ServiceClient.basic("officer", "officer"),
                null, "text/plain");
        assertThat(officer.statusCode()).as("the address is locked for every account").isEqualTo(429);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> guesser.sendWith("GET",
                "/api/v1/session", ServiceClient.basic("officer", "officer"), null, "text/plain").statusCode() == 200);
    }

    private int failures(String account) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'",
                Integer.class, account);
    }
}
