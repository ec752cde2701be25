package org.renewal.survey.community;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous owner keys: HMAC-SHA256 over the district and the ID-card number (or name and phone),
 * with a secret of the deployment. The same owner gets the same key for every unit in the district;
 * the key reveals nothing without the secret, so events can carry it (个人信息保护法: personal data
 * stays in survey-service).
 */
@Component
class OwnerKeys {

    private final SecretKeySpec secret;

    OwnerKeys(@Value("${renewal.survey.owner-key-secret}") String secret,
              @Value("${renewal.environment:development}") String environment,
              @Value("${renewal.security.issuer-uri}") String issuer) {
        // ADR 7: the secret can never change once owners are keyed — production refuses the development one
        org.renewal.platform.security.ProductionGuard.check(environment, issuer, java.util.Map.of("OWNER_KEY_SECRET", secret));
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String keyOf(String districtCode, String idNumber, String name, String phone) {
        String identity = idNumber != null ? "id:" + idNumber.toUpperCase(Locale.ROOT)
                : "name-phone:" + name.strip() + "|" + phone.replace("-", "");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal((districtCode + "|" + identity).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GB 11643-1999: the 18th character is the ISO 7064 MOD 11-2 check of the first 17 digits. */
    static boolean validIdNumber(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * weights[i];
        }
        char expected = "10X98765432".charAt(sum % 11);
        return Character.toUpperCase(id.charAt(17)) == expected;
    }
}
