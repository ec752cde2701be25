package org.renewal.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    // the Standard Webhooks specification's published test vector: a receiver's library verifies what we send
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signsTheSpecificationsTestVectorExactly() {
        assertThat(WebhookSignatures.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aReceiverVerifiesTheBodyItWasSentAndNothingElse() {
        String header = WebhookSignatures.header(List.of(SECRET), ID, TIMESTAMP, BODY);

        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265330", BODY, header, TIMESTAMP + 10, 300)).isTrue();
        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265330", BODY + " ", header, TIMESTAMP, 300)).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, "msg_other", "1614265330", BODY, header, TIMESTAMP, 300)).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265331", BODY, header, TIMESTAMP, 300)).isFalse();
        assertThat(WebhookSignatures.verify(WebhookSignatures.newSecret(), ID, "1614265330", BODY, header, TIMESTAMP,
                300)).isFalse();
    }

    @Test
    void anOldDeliveryIsRefusedOutsideTheTolerance() {
        String header = WebhookSignatures.header(List.of(SECRET), ID, TIMESTAMP, BODY);

        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265330", BODY, header, TIMESTAMP + 300, 300)).isTrue();
        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265330", BODY, header, TIMESTAMP + 301, 300)).isFalse();
        assertThat(WebhookSignatures.verify(SECRET, ID, "not-a-number", BODY, header, TIMESTAMP, 300)).isFalse();
    }

    @Test
    void duringARotationEitherSecretVerifies() {
        String next = WebhookSignatures.newSecret();
        String header = WebhookSignatures.header(List.of(next, SECRET), ID, TIMESTAMP, BODY);

        assertThat(header.split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
        assertThat(WebhookSignatures.verify(SECRET, ID, "1614265330", BODY, header, TIMESTAMP, 300)).isTrue();
        assertThat(WebhookSignatures.verify(next, ID, "1614265330", BODY, header, TIMESTAMP, 300)).isTrue();
    }

    @Test
    void newSecretsAre32RandomBytesInTheSpecificationsForm() {
        String a = WebhookSignatures.newSecret();

        assertThat(a).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(a).isNotEqualTo(WebhookSignatures.newSecret());
    }
}
