package org.renewal.governance.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.platform.rules.DomainException;

/** A committee election's electorate: every building's roll, each owner once (no Spring, no store). */
class ElectorateTest {

    private static HouseholdRoll roll(String building, HouseholdRoll.Household... households) {
        return new HouseholdRoll("c-1/" + building, "c-1", building, List.of(households), 1);
    }

    private static HouseholdRoll.Household h(String id, String area, String owner) {
        return new HouseholdRoll.Household(id, new BigDecimal(area), owner);
    }

    private static void refused(Runnable call, String code, Object... args) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.args()).containsExactly(args);
        });
    }

    @Test
    void everyOwnerOfEveryBuildingOnceWithTheirAreasSummed() {
        var electorate = Electorate.of("c-1", List.of("1", "2"), List.of(
                roll("1", h("1-1-101", "60.50", "A"), h("1-1-102", "70.25", "B")),
                roll("2", h("2-1-101", "80.00", "A"))));

        assertThat(electorate).hasSize(2);
        assertThat(electorate.get(0).ownerKey()).isEqualTo("A");
        assertThat(electorate.get(0).area()).isEqualTo(14_050);
        assertThat(electorate.get(0).householdIds()).containsExactly("1-1-101", "2-1-101");
        assertThat(electorate.get(1).area()).isEqualTo(7_025);
    }

    @Test
    void aBuildingWithoutARollOrWithAnEmptyOneLeavesTheElectorateIncomplete() {
        refused(() -> Electorate.of("c-1", List.of("1", "2", "3"), List.of(roll("1", h("1-1-101", "60.00", "A")),
                roll("3"))), "ELECTORATE_INCOMPLETE", "2, 3", 2, 3);
        refused(() -> Electorate.of("c-1", null, List.of(roll("1", h("1-1-101", "60.00", "A")))),
                "COMMUNITY_BUILDINGS_UNKNOWN", "c-1");
    }

    @Test
    void aRollOfABuildingNoLongerRegisteredIsNotCounted() {
        var electorate = Electorate.of("c-1", List.of("1"), List.of(roll("1", h("1-1-101", "60.00", "A")),
                roll("9", h("9-1-101", "60.00", "Z"))));

        assertThat(electorate).extracting(GovernanceParts.Elector::ownerKey).containsExactly("A");
    }
}
