package org.renewal.platform.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification defines them: HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>} with the secret's bytes (the base64 after {@code whsec_}), sent as
 * {@code v1,<base64 signature>}; during a secret rotation one signature per valid secret, separated by spaces, so a
 * receiver that knows either secret verifies the delivery.
 */
public final class WebhookSignatures {

    /** The prefix of a signing secret in the specification's form. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignatures() {
    }

    /** A new signing secret: 32 random bytes, {@code whsec_<base64>}. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<signature>} of one message with one secret. */
    public static String sign(String secret, String id, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith(SECRET_PREFIX)
                ? secret.substring(SECRET_PREFIX.length()) : secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret, space-separated. */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return String.join(" ", secrets.stream().map(s -> sign(s, id, timestamp, body)).toList());
    }

    /**
     * What a receiver does: whether any signature of the header is this secret's (compared in constant time), and
     * the timestamp within {@code toleranceSeconds} of {@code nowSeconds} (replayed old deliveries are refused).
     */
    public static boolean verify(String secret, String id, String timestamp, String body, String header,
                                 long nowSeconds, long toleranceSeconds) {
        long at;
        try {
            at = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - at) > toleranceSeconds || header == null) {
            return false;
        }
        byte[] expected = sign(secret, id, at, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : header.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }
}
