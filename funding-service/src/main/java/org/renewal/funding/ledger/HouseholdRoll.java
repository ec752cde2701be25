package org.renewal.funding.ledger;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A building's household roll from survey's events (no personal data); id {@code <communityId>/<building>}. */
@Document("household_rolls")
record HouseholdRoll(@Id String id, String communityId, String buildingNumber, List<Household> households,
                     long sourceVersion) {

    /** A household: id, entrance, floor, exclusive area. */
    record Household(String householdId, String entrance, int floor, BigDecimal exclusiveArea) {
    }
}
