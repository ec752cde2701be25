package org.renewal.platform.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A subscription cannot make the suite call itself or a cloud's metadata service (server-side request forgery). */
class SubscriptionTargetTest {

    @Test
    void thisMachineLinkLocalAndMulticastAreRefused() {
        assertThat(Subscriptions.publicEnough("127.0.0.1")).isFalse();
        assertThat(Subscriptions.publicEnough("localhost")).isFalse();
        assertThat(Subscriptions.publicEnough("0.0.0.0")).isFalse();
        assertThat(Subscriptions.publicEnough("::1")).isFalse();
        assertThat(Subscriptions.publicEnough("169.254.169.254")).isFalse();
        assertThat(Subscriptions.publicEnough("fe80::1")).isFalse();
        assertThat(Subscriptions.publicEnough("224.0.0.1")).isFalse();
    }

    @Test
    void otherSystemsAddressesArePublicEnoughPrivateOnesIncluded() {
        assertThat(Subscriptions.publicEnough("10.20.30.40")).isTrue();
        assertThat(Subscriptions.publicEnough("192.168.1.10")).isTrue();
        assertThat(Subscriptions.publicEnough("203.0.113.7")).isTrue();
    }
}
