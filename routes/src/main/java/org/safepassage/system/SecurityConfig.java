package org.safepassage.system;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.safepassage.audit.AccessLog;
import java.security.interfaces.RSAPublicKey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security on everything but {@code /actuator/health}. Machine clients on {@code /api/**} and
 * {@code /actuator/**}: a client certificate (mutual TLS, when the server's TLS asks for one: its subject's CN names
 * the account), an OAuth2 bearer token (when an issuer is configured under {@code safepassage.security.tokens}: its
 * roles claim gives the roles), or HTTP Basic; a missing
 * or wrong credential is a 401 problem document, never a redirect. People sign in with a form everywhere else.
 * Name-and-password sign-in goes through {@link VerifiedCredentials} (throttled, audited, verified passwords
 * remembered as keyed digests).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /** The CN of a certificate's subject DN. */
    static final String CERTIFICATE_ACCOUNT = "CN=(.*?)(?:,|$)";

    @Bean
    Accounts accounts(SecurityProperties properties, Environment environment) {
        return new Accounts(properties, environment);
    }

    @Bean
    LoginAttempts loginAttempts(SecurityProperties properties, Accounts accounts, AccessLog accessLog, Clock clock) {
        return new LoginAttempts(properties.login(), accounts, accessLog, clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider passwordSignIn(Accounts accounts, PasswordEncoder encoder, LoginAttempts attempts,
                                          SecurityProperties properties, Clock clock) {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(accounts::withPassword);
        check.setPasswordEncoder(encoder);
        return new VerifiedCredentials(check, attempts, properties.credentialCache(), clock);
    }

    /** The issuer's token decoder, when {@code safepassage.security.tokens.issuer} is set. */
    @Bean
    @ConditionalOnProperty("safepassage.security.tokens.issuer")
    JwtDecoder tokenDecoder(SecurityProperties properties, ResourceLoader resources) throws Exception {
        SecurityProperties.Tokens tokens = properties.tokens();
        NimbusJwtDecoder decoder;
        if (tokens.jwkSetUri() != null && !tokens.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(tokens.jwkSetUri()).build();
        } else if (tokens.publicKeyLocation() != null && !tokens.publicKeyLocation().isBlank()) {
            try (var in = resources.getResource(tokens.publicKeyLocation()).getInputStream()) {
                RSAPublicKey key = RsaKeyConverters.x509().convert(in);
                decoder = NimbusJwtDecoder.withPublicKey(key).build();
            }
        } else {
            throw new IllegalStateException("safepassage.security.tokens.issuer is set but neither jwk-set-uri nor "
                    + "public-key-location says where the issuer's keys are");
        }
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(JwtValidators.createDefaultWithIssuer(tokens.issuer()));
        if (tokens.audience() != null && !tokens.audience().isBlank()) {
            checks.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(tokens.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return decoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http, Accounts accounts, SecurityProperties properties,
                                       ObjectProvider<JwtDecoder> tokens) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .hasAnyRole(Role.METRICS.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .requestMatchers("/actuator/**").hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .x509(x509 -> x509.subjectPrincipalRegex(CERTIFICATE_ACCOUNT).userDetailsService(accounts::named))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless API (certificate, token or Basic on every request): no session cookie to forge a request with
                .csrf(csrf -> csrf.disable());
        JwtDecoder decoder = tokens.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenRoles(properties.tokens().rolesClaim()))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain people(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/css/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.permitAll());
        return http.build();
    }

    /** The roles a token's claim lists (a list, or names separated by spaces), known roles only, as authorities. */
    static JwtAuthenticationConverter tokenRoles(String claim) {
        Set<String> known = Set.of(java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter((Jwt jwt) -> {
            Object value = jwt.getClaims().get(claim);
            List<String> names = new ArrayList<>();
            if (value instanceof Collection<?> list) {
                list.forEach(v -> names.add(String.valueOf(v)));
            } else if (value instanceof String text) {
                names.addAll(List.of(text.trim().split("\\s+")));
            }
            Collection<GrantedAuthority> roles = new ArrayList<>();
            for (String name : names) {
                String role = name.toUpperCase(java.util.Locale.ROOT);
                if (known.contains(role)) {
                    roles.add(new SimpleGrantedAuthority("ROLE_" + role));
                }
            }
            return roles;
        });
        return converter;
    }
}
