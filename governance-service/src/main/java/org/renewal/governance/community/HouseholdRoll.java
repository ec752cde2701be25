package org.renewal.governance.community;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A building's household roll from survey's events (owners by key); id {@code <communityId>/<building>}. */
@Document("household_rolls")
record HouseholdRoll(@Id String id, String communityId, String buildingNumber, List<Household> households,
                     long sourceVersion) {

    /** A household with its exclusive area and owner key. */
    record Household(String householdId, BigDecimal exclusiveArea, String ownerKey) {
    }
}
