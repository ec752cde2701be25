package org.renewal.platform.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a production deployment ({@code RENEWAL_ENVIRONMENT=production}) must not run with: the development issuer
 * (a loopback address, or plain HTTP to anything), and a development secret — a value that is the development default,
 * says so ({@code change-me}, {@code dev-}) or is shorter than 32 characters. Each service names the secrets it
 * holds; a violation stops the start with every reason listed, before any request or event is taken.
 */
public final class ProductionGuard {

    /** Shortest secret accepted in production (32 characters: 192 bits as base64, more as hex or text). */
    public static final int MIN_SECRET_LENGTH = 32;

    private ProductionGuard() {
    }

    /** Whether {@code environment} (RENEWAL_ENVIRONMENT) names production. */
    public static boolean production(String environment) {
        return environment != null && List.of("production", "prod").contains(environment.strip().toLowerCase(Locale.ROOT));
    }

    /** Why this configuration may not run in production; empty when it may. */
    public static List<String> problems(String issuer, Map<String, String> secrets) {
        List<String> problems = new ArrayList<>();
        URI uri;
        try {
            uri = URI.create(issuer == null ? "" : issuer.strip());
        } catch (IllegalArgumentException e) {
            uri = URI.create("");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1") || host.endsWith(".localhost")) {
            problems.add("ISSUER_URI is the development issuer (" + issuer + "): set the city's identity provider's "
                    + "issuer, e.g. https://id.example.gov.cn/realms/renewal");
        } else if (!"https".equals(uri.getScheme())) {
            problems.add("ISSUER_URI must be https in production (" + issuer + ")");
        }
        secrets.forEach((name, value) -> {
            String v = value == null ? "" : value;
            String lower = v.toLowerCase(Locale.ROOT);
            if (v.length() < MIN_SECRET_LENGTH || lower.contains("change-me") || lower.contains("development")
                    || lower.startsWith("dev-") || lower.startsWith("local-")) {
                problems.add(name + " is a development value or shorter than " + MIN_SECRET_LENGTH
                        + " characters: create it as docs/operations.md (\"Secrets\") says");
            }
        });
        return problems;
    }

    /** Refuses to start: every problem in one message. */
    public static void check(String environment, String issuer, Map<String, String> secrets) {
        if (!production(environment)) {
            return;
        }
        List<String> problems = problems(issuer, secrets);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("RENEWAL_ENVIRONMENT=production refuses to start: "
                    + String.join("; ", problems));
        }
    }
}
