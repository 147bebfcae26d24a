package org.safepassage.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Spring Security on everything but {@code /actuator/health}: HTTP Basic for machine clients on {@code /api/**}
 * and {@code /actuator/**} (a missing or wrong credential is a 401, never a redirect), a login form for people
 * everywhere else.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    static final String LOCAL_PROFILE = "local";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .hasAnyRole(Role.METRICS.name(), Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .requestMatchers("/actuator/**").hasAnyRole(Role.SUPERVISOR.name(), Role.AUDITOR.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic-authenticated API: no session cookie to forge a request with
                .csrf(csrf -> csrf.disable());
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService accounts(SecurityProperties properties, Environment environment) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.Account account : properties.users()) {
            users.add(User.withUsername(account.name())
                    .password(account.password())
                    .roles(account.roles().stream().map(Role::name).toArray(String[]::new))
                    .build());
        }
        if (properties.demoAccounts()) {
            refuseDemoAccountsOutsideLocal(environment);
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase();
                users.add(User.withUsername(name).password("{noop}" + name).roles(role.name()).build());
            }
            log.warn("Demo accounts enabled ({}): local profile only, never in production",
                    Arrays.stream(Role.values()).map(r -> r.name().toLowerCase()).toList());
        }
        if (users.isEmpty()) {
            log.warn("No accounts configured (safepassage.security.users): every request but /actuator/health is refused");
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** Demo accounts with well-known passwords must never reach a deployment. */
    static void refuseDemoAccountsOutsideLocal(Environment environment) {
        String[] active = environment.getActiveProfiles();
        List<String> profiles = active.length > 0 ? List.of(active) : List.of(environment.getDefaultProfiles());
        List<String> others = profiles.stream().filter(p -> !LOCAL_PROFILE.equals(p)).toList();
        if (!profiles.contains(LOCAL_PROFILE) || !others.isEmpty()) {
            throw new IllegalStateException("Refusing to start: demo accounts (safepassage.security.demo-accounts=true) "
                    + "are allowed only in the 'local' profile, but the active profiles are " + profiles
                    + ". Configure real accounts under safepassage.security.users instead.");
        }
    }
}
