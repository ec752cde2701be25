package org.renewal.plan.livingcircle;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A service facility (配套设施) of a district: its type, name and WGS-84 position. */
@Document("living_circle_facilities")
@CompoundIndex(name = "district_type", def = "{'districtCode': 1, 'type': 1}")
record Facility(
        @Id @Schema(example = "5b0e9f0e-2b7c-4a53-9d1e-6f3b1a2c4d5e") String id,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "KINDERGARTEN") FacilityType type,
        @Schema(example = "北山幼儿园") String name,
        @Schema(example = "43.1711") BigDecimal latitude,
        @Schema(example = "124.3498") BigDecimal longitude,
        String createdBy,
        Instant createdAt) {
}
