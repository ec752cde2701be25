package org.renewal.plan.livingcircle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReachTest {

    @Test
    void oneDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
        assertThat(Reach.metres(new BigDecimal("43"), new BigDecimal("124"), new BigDecimal("44"), new BigDecimal("124")))
                .isCloseTo(111_195.08, within(0.5));
    }

    @Test
    void aDegreeOfLongitudeShrinksWithTheCosineOfLatitude() {
        double atSiping = Reach.metres(new BigDecimal("43.17"), new BigDecimal("124.0"), new BigDecimal("43.17"),
                new BigDecimal("125.0"));
        assertThat(atSiping).isCloseTo(111_195.08 * Math.cos(Math.toRadians(43.17)), within(5.0));
    }

    @Test
    void samePlaceIsZero() {
        assertThat(Reach.metres(new BigDecimal("43.1706"), new BigDecimal("124.3502"), new BigDecimal("43.1706"),
                new BigDecimal("124.3502"))).isZero();
    }
}
