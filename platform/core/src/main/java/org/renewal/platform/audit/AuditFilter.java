package org.renewal.platform.audit;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every state-changing request of an authenticated caller, whatever its outcome (refused
 * ones included). Runs inside the security chain, after the token is read and before the access
 * decision, so it sees both the caller and the final status.
 */
public class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final MongoTemplate mongo;

    public AuditFilter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        try {
            chain.doFilter(request, response);
        } finally {
            if (authentication instanceof JwtAuthenticationToken token) {
                write(request, response, Caller.of(token.getToken()));
            }
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Caller caller) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        String resourceId = location != null ? location.substring(location.lastIndexOf('/') + 1) : null;
        AuditRecord record = new AuditRecord(UUID.randomUUID().toString(), caller.subject(),
                caller.roles().stream().map(Enum::name).toList(), caller.districtCode(), request.getMethod(),
                request.getRequestURI(), resourceId, response.getStatus(), CorrelationId.current(), Instant.now());
        try {
            mongo.insert(record);
        } catch (RuntimeException e) {
            // the request's own work is done; never turn its answer into an error, but say so loudly
            log.error("AUDIT RECORD LOST for {} {} by {}: {}", record.method(), record.path(), record.subject(),
                    e.toString());
        }
    }

}
