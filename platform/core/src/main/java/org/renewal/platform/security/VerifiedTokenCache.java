package org.renewal.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Remembers the tokens this service has verified (signature, issuer, audience, times), so a client sending the
 * same token again is not verified again: a front end sends one token with every call until it expires, and the
 * verification (RSA signature and claim checks) was 5–9 % of a service's CPU per request (JFR, docs/performance.md).
 * Every token is still verified by every service the first time it sees it; a remembered token is used only until
 * its own expiry and then verified anew (and refused); only the exact same token string hits; the cache is bounded
 * in size ({@code renewal.security.verified-tokens.maximum-size}) and in time ({@code …keep-for}). The gateway
 * does the same at the edge.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder verifier, int maximumSize, Duration keepFor, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keepFor).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            Instant expiresAt = known.getExpiresAt();
            if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
                return known;
            }
            verified.invalidate(token);
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
