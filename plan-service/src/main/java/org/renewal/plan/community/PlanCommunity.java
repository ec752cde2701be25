package org.renewal.plan.community;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered community as plan-service knows it. Its id is the survey community's id, so a
 * duplicate event finds the same document; {@code sourceVersion} is the newest event applied.
 */
@Document("communities")
record PlanCommunity(
        @Id String id,
        String name,
        String districtCode,
        String streetCode,
        int buildYear,
        int buildingCount,
        int households,
        BigDecimal floorArea,
        Instant registeredAt,
        long sourceVersion,
        Instant updatedAt) {
}
