package plenary.web;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may reach what: the API speaks personal API tokens (bearer), HTTP Basic and problem details, pages use a
 * login form (tokens are no way into pages). Finer rules
 * (who edits which meeting) live in the modules' own API beans.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    /** Public reads of the API: what the public (no login) may see. */
    static final String[] PUBLIC_API_READS = {
        "/api/study-groups",
        "/api/study-groups/*",
        "/api/issue-areas",
        "/api/meetings/*/report",
        "/api/study-groups/*/dossier",
        "/api/memoranda/*/publication",
        "/api/memoranda/published",
        // Search answers everyone, each with only what they may read (the public: what was published).
        "/api/search"
    };

    /**
     * Everything a page uses comes from Plenary itself: scripts and styles are files (none inline), nothing may
     * frame a page, and forms post only back to Plenary.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Plenary uses none of the browser's powerful features, so no page (nor anything in it) may ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /**
     * The API browser (swagger-ui, shipped by springdoc) styles its elements inline from its script: its pages alone
     * allow inline styles. Scripts stay Plenary's own there too.
     */
    static final String API_BROWSER_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** The same headers on every answer, API and pages alike; HSTS only on answers over TLS (Spring's default). */
    static void headers(HttpSecurity http) throws Exception {
        RequestMatcher apiBrowser = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
        http.headers(h -> h.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        apiBrowser, new ContentSecurityPolicyHeaderWriter(API_BROWSER_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(apiBrowser),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<BearerTokens> tokens) throws Exception {
        headers(http);
        ProblemResponses problems = new ProblemResponses();
        // Personal API tokens first: a token is one hash and one query, where HTTP Basic costs a bcrypt comparison.
        tokens.ifAvailable(
                t -> http.addFilterBefore(new BearerTokenFilter(t, problems), BasicAuthenticationFilter.class));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers(GET, PUBLIC_API_READS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API is used with tokens or HTTP Basic by programs, never with the browser's session cookie.
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, @Qualifier("requestMappingHandlerMapping") HandlerMapping pageMappings)
            throws Exception {
        headers(http);
        UnknownAddresses unknown = new UnknownAddresses(pageMappings);
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                "/", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Metrics and the rest tell an attacker a lot about the instance: the secretariat's only.
                        .requestMatchers("/actuator/**")
                        .hasRole("SECRETARIAT")
                        .requestMatchers(
                                "/v3/api-docs",
                                "/v3/api-docs.yaml",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(
                                GET,
                                "/study-groups",
                                "/study-groups/*",
                                "/reports",
                                "/reports/*",
                                "/memoranda/published",
                                "/search")
                        .permitAll()
                        // Calendar feeds: clients cannot sign in; a private link's secret is its own key.
                        .requestMatchers(GET, "/calendars/*", "/study-groups/*/calendar.ics")
                        .permitAll()
                        // An outside recipient of a circulation answers through a personal link, without an account.
                        .requestMatchers("/circulations/link/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // The form sign-in lands on the person's work, unless a page asked for first wins.
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/my-work", false)
                        .permitAll())
                // Scripts and tests may fetch pages with HTTP Basic too; browsers still get the login form.
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(unknown, unknown))
                .logout(l -> l.logoutSuccessUrl("/").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and hashes say their algorithm, so a later upgrade keeps old ones working.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
