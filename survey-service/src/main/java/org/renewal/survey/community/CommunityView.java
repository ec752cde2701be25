package org.renewal.survey.community;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A registered community as the API shows it; totals are derived from the buildings. */
@Schema(name = "Community", description = "A registered community (登记造册的小区)")
record CommunityView(
        @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String id,
        @Schema(example = "北山小区") String name,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "四平市铁西区北山路 18 号") String address,
        @Schema(example = "1994") int buildYear,
        List<BuildingView> buildings,
        @Schema(description = "Number of buildings (楼栋数), derived", example = "2") int buildingCount,
        @Schema(description = "Households (户数), derived", example = "84") int households,
        @Schema(description = "Floor area in m² (建筑面积), derived", example = "5600.50") BigDecimal floorArea,
        @Schema(example = "2026-11-25T01:30:00Z") Instant registeredAt,
        @Schema(description = "Version, also sent as ETag", example = "0") long version) {

    @Schema(name = "Building")
    record BuildingView(
            @Schema(example = "1") String number,
            @Schema(example = "6") Integer floors,
            @Schema(example = "48") int households,
            @Schema(example = "3120.50") BigDecimal floorArea) {
    }

    static CommunityView of(Community c) {
        return new CommunityView(c.getId(), c.name(), c.districtCode(), c.streetCode(), c.address(), c.buildYear(),
                c.buildings().stream()
                        .map(b -> new BuildingView(b.number(), b.floors(), b.households(), b.floorArea()))
                        .toList(),
                c.buildings().size(), c.households(), c.floorArea(), c.registeredAt(),
                c.getVersion() == null ? 0 : c.getVersion());
    }
}
