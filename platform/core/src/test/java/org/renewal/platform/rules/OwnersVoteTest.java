package org.renewal.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Civil Code art. 278 at its exact boundaries; areas in hundredths of m² (so 100 = 1 m²). */
class OwnersVoteTest {

    private static OwnersVote.Result decide(boolean special, long totalArea, int totalOwners, long inArea, int inOwners,
                                          long yesArea, int yesOwners) {
        return OwnersVote.decide(special, new OwnersVote.Counts(totalArea, totalOwners, inArea, inOwners, yesArea, yesOwners));
    }

    @ParameterizedTest(name = "{0}/{1} of area, {2}/{3} owners take part → valid {4}")
    @CsvSource({
        // exactly 2/3 of 3000 m² and of 30 owners: valid
        "200000, 300000, 20, 30, true",
        // one square metre less of area
        "199900, 300000, 20, 30, false",
        // one square metre more
        "200100, 300000, 20, 30, true",
        // one owner short of 2/3 by head
        "300000, 300000, 19, 30, false",
        // 2/3 of 31 owners is 20.67: 21 needed
        "300000, 300000, 20, 31, false",
        "300000, 300000, 21, 31, true"})
    void turnoutNeedsTwoThirdsByAreaAndByHead(long inArea, long totalArea, int inOwners, int totalOwners,
                                             boolean valid) {
        var result = decide(false, totalArea, totalOwners, inArea, inOwners, inArea, inOwners);

        assertThat(result.valid()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "yes {0} of 3000 m², {1} of 40 owners → passed {2}")
    @CsvSource({
        // exactly 3/4 of the participating area (3000 m²) and owners (40)
        "225000, 30, true",
        // one square metre less
        "224900, 30, false",
        // one square metre more
        "225100, 30, true",
        // one owner short
        "300000, 29, false"})
    void renovationNeedsThreeQuartersOfParticipatingAreaAndOwners(long yesArea, int yesOwners, boolean passed) {
        var result = decide(true, 300000, 40, 300000, 40, yesArea, yesOwners);

        assertThat(result.valid()).isTrue();
        assertThat(result.passed()).isEqualTo(passed);
    }

    @ParameterizedTest(name = "yes {0} of 3000 m², {1} of 40 owners → passed {2}")
    @CsvSource({
        // exactly half is not more than half
        "150000, 30, false",
        "150100, 30, true",
        "300000, 20, false",
        "300000, 21, true"})
    void ordinaryMattersNeedMoreThanHalf(long yesArea, int yesOwners, boolean passed) {
        var result = decide(false, 300000, 40, 300000, 40, yesArea, yesOwners);

        assertThat(result.passed()).isEqualTo(passed);
    }

    @Test
    void consentCountsAgainstParticipantsNotTheWholeElectorate() {
        // 2/3 take part (2000 of 3000 m², 20 of 30); 3/4 of them agree (1500 m², 15): passes
        var result = decide(true, 300000, 30, 200000, 20, 150000, 15);

        assertThat(result.passed()).isTrue();
        assertThat(result.consentByArea().numerator()).isEqualTo("1500.00");
        assertThat(result.consentByArea().denominator()).isEqualTo("2000.00");
        assertThat(result.consentByArea().percent()).isEqualByComparingTo("75.00");
        assertThat(result.turnoutByOwners().percent()).isEqualByComparingTo("66.67");
    }

    @Test
    void anInvalidVoteNeverPassesHoweverManyAgree() {
        var result = decide(true, 300000, 30, 100000, 10, 100000, 10);

        assertThat(result.valid()).isFalse();
        assertThat(result.passed()).isFalse();
    }
}
