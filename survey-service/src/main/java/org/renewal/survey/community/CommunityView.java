package org.renewal.survey.community;

import org.renewal.survey.eligibility.ManagementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.survey.eligibility.EligibilityOutcome;

/** A registered community as the API shows it; counts and totals are derived, never typed. */
@Schema(name = "Community", description = "A registered community (登记造册的小区)")
record CommunityView(
        @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String id,
        @Schema(example = "北山小区") String name,
        @Schema(example = "220302") String districtCode,
        @Schema(example = "220302001") String streetCode,
        @Schema(example = "220302001003") String committeeCode,
        @Schema(example = "四平市铁西区北山路 18 号") String address,
        Location location,
        @Schema(example = "1994") int buildYear,
        @Schema(example = "REFORMED_PUBLIC_HOUSING") PropertyRight propertyRight,
        @Schema(example = "NONE") ManagementStatus managementStatus,
        @Schema(example = "2012") Integer lastRenovationYear,
        @Schema(example = "false") boolean inDemolitionPlan,
        List<FacilityDeficiency> facilityDeficiencies,
        List<BuildingView> buildings,
        @Schema(description = "Number of buildings (楼栋数), derived", example = "2") int buildingCount,
        @Schema(description = "Households (户数), derived", example = "84") int households,
        @Schema(description = "Floor area in m² (建筑面积), derived", example = "5600.50") BigDecimal floorArea,
        @Schema(description = "Questionnaire so far") QuestionnaireSummary questionnaire,
        @Schema(description = "Willingness figure from a survey outside the questionnaire, if recorded")
        RecordedWillingnessView recordedWillingness,
        @Schema(description = "Current eligibility (改造范围); details at .../eligibility") EligibilitySummary eligibility,
        @Schema(description = "Place in the reserve library (项目储备库)") ReserveView reserve,
        @Schema(example = "2026-11-25T01:30:00Z") Instant registeredAt,
        @Schema(example = "2026-11-25T01:30:00Z") Instant updatedAt,
        @Schema(description = "Version, also sent as ETag", example = "0") long version) {

    @Schema(name = "Building")
    record BuildingView(
            @Schema(example = "1") String number,
            @Schema(example = "6") Integer floors,
            @Schema(description = "Entrances (单元数): from the roll when there is one", example = "2") Integer entrances,
            @Schema(description = "Households (户数): from the roll when there is one", example = "48") int households,
            @Schema(description = "REGISTERED or ROLL: where households and entrances come from", example = "REGISTERED")
            String householdsSource,
            @Schema(example = "3120.50") BigDecimal floorArea,
            @Schema(example = "false") boolean hasElevator) {
    }

    @Schema(name = "QuestionnaireSummary")
    record QuestionnaireSummary(@Schema(example = "60") int respondents, @Schema(example = "57") int willing) {
    }

    @Schema(name = "RecordedWillingnessView")
    record RecordedWillingnessView(@Schema(example = "70") int willingHouseholds,
                                   @Schema(example = "2026-10-12") LocalDate surveyedOn,
                                   @Schema(example = "入户调查，居委会汇总") String note) {
    }

    @Schema(name = "EligibilitySummary")
    record EligibilitySummary(@Schema(example = "2026") Integer programmeYear,
                              @Schema(example = "PRIORITY") EligibilityOutcome outcome,
                              @Schema(description = "Urgency score 0–100 (紧迫度), orders the reserve",
                                      example = "61.90") BigDecimal urgencyScore) {
    }

    @Schema(name = "ReserveEntry")
    record ReserveView(@Schema(example = "RESERVED") ReserveStatus status,
                       @Schema(description = "ELIGIBLE, NO_LONGER_ELIGIBLE, or the reason an office gave",
                               example = "ELIGIBLE") String reason,
                       @Schema(example = "district-tiexi") String changedBy,
                       Instant changedAt) {
    }

    static CommunityView of(Community c) {
        RecordedWillingness recorded = c.recordedWillingness();
        ReserveEntry reserve = c.reserve() == null ? ReserveEntry.none() : c.reserve();
        return new CommunityView(c.getId(), c.name(), c.districtCode(), c.streetCode(), c.committeeCode(), c.address(),
                c.location(), c.buildYear(), c.propertyRight(), c.managementStatus(), c.lastRenovationYear(),
                c.inDemolitionPlan(), c.facilityDeficiencies(),
                c.buildings().stream()
                        .map(b -> new BuildingView(b.number(), b.floors(), b.entrances(), b.households(),
                                b.hasRoll() ? "ROLL" : "REGISTERED", b.floorArea(), b.hasElevator()))
                        .toList(),
                c.buildingCount(), c.households(), c.floorArea(),
                new QuestionnaireSummary(c.respondents(), c.willingHouseholds()),
                recorded == null ? null : new RecordedWillingnessView(recorded.willingHouseholds(),
                        recorded.surveyedOn(), recorded.note()),
                c.assessment() == null ? null : new EligibilitySummary(c.assessment().programmeYear(),
                        c.assessment().outcome(), c.urgencyScore()),
                new ReserveView(reserve.status(), reserve.reason(), reserve.changedBy(), reserve.changedAt()),
                c.registeredAt(), c.updatedAt(), c.getVersion() == null ? 0 : c.getVersion());
    }
}
