import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a Renewal webhook delivery (Standard Webhooks signature) with the JDK alone.
 *
 * <pre>java VerifyWebhook.java     # checks itself against the specification's test vector (Java 11+)</pre>
 *
 * In a receiver: {@code verify(secret, headers, rawBody, nowSeconds)}, with the raw request body exactly as received.
 */
public class VerifyWebhook {

    static final long TOLERANCE_SECONDS = 5 * 60;

    public static boolean verify(String secret, Map<String, String> headers, byte[] body, long nowSeconds)
            throws Exception {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        String id = h.get("webhook-id");
        String timestamp = h.get("webhook-timestamp");
        String signatures = h.get("webhook-signature");
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long sent;
        try {
            sent = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - sent) > TOLERANCE_SECONDS) {
            return false; // too old (or from the future): a replayed capture, not a delivery
        }
        byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body)))
                .getBytes(StandardCharsets.US_ASCII);
        // during a secret rotation the header carries two signatures: either may be ours
        for (String given : signatures.split(" ")) {
            if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        // the Standard Webhooks specification's published test vector
        Map<String, String> headers = Map.of("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        check(verify(secret, headers, body, 1614265330));
        check(!verify(secret, headers, "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), 1614265330));
        check(!verify(secret, headers, body, 1614265330 + 301));
        System.out.println("ok: the specification's test vector verifies, a changed body and an old delivery do not");
    }

    private static void check(boolean condition) {
        if (!condition) {
            throw new AssertionError("verification example is wrong");
        }
    }
}
