package org.renewal.plan.programme;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A district's programme year (年度计划): targets in four units, deadline, cap, and the chosen batch. */
@Document("annual_programmes")
record AnnualProgramme(
        @Id @Schema(example = "220302-2026") String id,
        @Version Long version,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "2026") int year,
        Targets targets,
        @Schema(example = "2027-07-31") LocalDate deadline,
        @Schema(description = "At most this percentage of the batch may be by-proportion (post-2000) communities",
                example = "20") int byProportionCapPercent,
        List<String> batch,
        List<Skip> skipped,
        String createdBy,
        Instant updatedAt) {

    /** Targets in the four units (communities, buildings, households, m²). */
    @Schema(name = "ProgrammeTargets")
    record Targets(@Schema(example = "24", maximum = "100000") @Min(0) @Max(100_000) int communities,
                   @Schema(example = "146", maximum = "1000000") @Min(0) @Max(1_000_000) int buildings,
                   @Schema(example = "9120", maximum = "10000000") @Min(0) @Max(10_000_000) int households,
                   @Schema(description = "m², at most two decimals", example = "721000") @NotNull @DecimalMin("0")
                   @Digits(integer = 9, fraction = 2) BigDecimal floorArea) {
    }

    /** A reserved community left out of the batch, and why. */
    @Schema(name = "BatchSkip")
    record Skip(String communityId, String name,
                @Schema(description = "IN_ANOTHER_BATCH, BY_PROPORTION_CAP or TARGET_REACHED", example = "BY_PROPORTION_CAP")
                String reason) {
    }
}
