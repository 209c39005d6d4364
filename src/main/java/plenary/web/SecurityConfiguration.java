package plenary.web;

import static org.springframework.http.HttpMethod.GET;

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

/**
 * Who may reach what: the API speaks HTTP Basic and problem details, pages use a login form. Finer rules
 * (who edits which meeting) live in the modules' own API beans.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfiguration {

    /** Public reads of the API: what the public (no login) may see. */
    static final String[] PUBLIC_API_READS = {"/api/study-groups", "/api/study-groups/*", "/api/issue-areas",
            "/api/meetings/*/report", "/api/study-groups/*/dossier"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(GET, PUBLIC_API_READS).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // The API is used with HTTP Basic by programs, never with the browser's session cookie.
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/error", "/css/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(GET, "/study-groups", "/study-groups/*", "/reports", "/reports/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                // Scripts and tests may fetch pages with HTTP Basic too; browsers still get the login form.
                .httpBasic(Customizer.withDefaults())
                .logout(l -> l.logoutSuccessUrl("/").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and hashes say their algorithm, so a later upgrade keeps old ones working.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
