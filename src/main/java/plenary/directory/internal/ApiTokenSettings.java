package plenary.directory.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of personal API tokens ({@code plenary.api-tokens.*}): the lifetime of a token whose expiry was left out,
 * the longest a token may live, and how often a token's last use is written (so that reads do not each write).
 */
@ConfigurationProperties("plenary.api-tokens")
public record ApiTokenSettings(
        @DefaultValue("90d") Duration defaultLifetime,
        @DefaultValue("365d") Duration maxLifetime,
        @DefaultValue("1m") Duration lastUseRecorded) {}
