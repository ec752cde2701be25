package org.renewal.plan.community;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One building's household roll as survey announced it (no personal data: owners by key). The
 * electorate of owners' votes. Id: {@code <communityId>/<building>}.
 */
@Document("household_rolls")
public record HouseholdRoll(@Id String id, String communityId, String buildingNumber, List<Household> households,
                            long sourceVersion) {

    /** A household with its exclusive area and its owner's key. */
    public record Household(String householdId, String entrance, int floor, String room, BigDecimal exclusiveArea,
                            String ownerKey) {
    }

    public static String idOf(String communityId, String buildingNumber) {
        return communityId + "/" + buildingNumber;
    }
}
