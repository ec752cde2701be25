package org.renewal.survey.outreach;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One outreach activity, as logged. */
@Document("outreach_activities")
@CompoundIndex(name = "community_date", def = "{'communityId': 1, 'date': -1}")
@CompoundIndex(name = "district_date", def = "{'districtCode': 1, 'date': -1}")
record OutreachActivity(
        @Id @Schema(example = "6b1f7c1e-8a55-4a0e-9d3c-2f6f1a0e9b11") String id,
        @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String communityId,
        @Schema(example = "北山小区") String communityName,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "DOOR_TO_DOOR") OutreachChannel channel,
        @Schema(example = "2026-11-20") LocalDate date,
        @Schema(description = "Households (or, for media, people) reached", example = "36") int reach,
        @Schema(example = "讲解改造政策、内容与流程，发放意愿调查表") String summary,
        @Schema(description = "Who logged it (token subject)", example = "street-tiexi") String recordedBy,
        Instant recordedAt) {
}
