package org.renewal.plan.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered community as plan-service knows it, from survey's events. Its id is the survey
 * community's id, so a duplicate event finds the same document; {@code sourceVersion} is the newest
 * event applied.
 *
 * @param reserveStatus {@code RESERVED} while in survey's reserve library, else {@code NOT_RESERVED}
 * @param tally         the residents' questionnaire tallies, as last announced
 */
@Document("communities")
public record PlanCommunity(
        @Id String id,
        String name,
        String districtCode,
        String streetCode,
        int buildYear,
        int buildingCount,
        int households,
        BigDecimal floorArea,
        List<BuildingFacts> buildings,
        String reserveStatus,
        String eligibility,
        BigDecimal urgencyScore,
        Tally tally,
        Instant registeredAt,
        long sourceVersion,
        Instant updatedAt) {

    /** A building: number, entrances, households and floor area. */
    public record BuildingFacts(String number, Integer floors, Integer entrances, int households,
                                BigDecimal floorArea, boolean hasElevator) {
    }

    /** Questionnaire totals: respondents, willing, and households per menu item code. */
    public record Tally(int respondents, int willing, List<ItemCount> items) {
    }

    /** Households that chose an item. */
    public record ItemCount(String code, int households) {
    }

    public boolean inReserve() {
        return "RESERVED".equals(reserveStatus);
    }
}
