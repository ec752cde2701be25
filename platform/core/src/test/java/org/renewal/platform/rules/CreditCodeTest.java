package org.renewal.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // published codes of well-known companies
        "914403001922038216", "91440300708461136T", "91110108551385082Q", "91310000607216596U"})
    void realCodesAreValid(String code) {
        assertThat(CreditCode.valid(code)).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(CreditCode.valid("914403001922038217")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91440300192203821", "9144030019220382166", "914403001922O38216", "91110108551385082q", ""})
    void wrongLengthOrCharactersAreRefused(String code) {
        assertThat(CreditCode.valid(code)).isFalse();
    }

    @Test
    void everyCheckValueIncludingZeroRoundTrips() {
        // vary one character until each of the 31 check characters has been produced and validated
        String base = "9122030200000000";
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char a : CreditCode.CHARS.toCharArray()) {
            String first17 = base + a;
            String code = first17 + CreditCode.checkFor(first17);
            assertThat(CreditCode.valid(code)).isTrue();
            seen.add(code.charAt(17));
        }
        assertThat(seen).hasSize(31);
    }
}
