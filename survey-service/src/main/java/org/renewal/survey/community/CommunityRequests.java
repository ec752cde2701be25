package org.renewal.survey.community;

import org.renewal.survey.eligibility.ManagementStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the register. */
public final class CommunityRequests {

    /** Entrances and rooms may not contain '-': it separates the parts of a household id. */
    static final String ROLL_PART = "[0-9A-Za-z\\u3400-\\u9fff]{1,20}";

    private CommunityRequests() {
    }

    @Schema(name = "RegisterCommunity", description = "A community's register entry (登记造册); the body of both "
            + "registration (POST) and update (PUT). Totals are derived from the buildings, never sent.")
    public record Register(
            @Schema(description = "Name (小区名称); with district and street the community's natural key",
                    example = "北山小区")
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "District code, 6 digits (区县行政区划代码)", example = "220302")
            @NotNull @Pattern(regexp = "\\d{6}") String districtCode,
            @Schema(description = "Street code, 9 digits, starting with the district code (街道统计用区划代码)",
                    example = "220302001")
            @NotNull @Pattern(regexp = "\\d{9}") String streetCode,
            @Schema(description = "Community committee code, 12 digits, starting with the street code "
                    + "(社区居委会统计用区划代码)", example = "220302001003")
            @Pattern(regexp = "\\d{12}") String committeeCode,
            @Schema(description = "Address (地址)", example = "四平市铁西区北山路 18 号")
            @Size(max = 200) String address,
            @Schema(description = "Position, WGS-84 (经纬度)")
            @Valid LocationInput location,
            @Schema(description = "Year built (建成年份), 1900 to this year", example = "1994")
            @NotNull @Min(1900) Integer buildYear,
            @Schema(description = "Property-right nature (产权性质); dictionary propertyRights",
                    example = "REFORMED_PUBLIC_HOUSING")
            PropertyRight propertyRight,
            @Schema(description = "Property-management status (物业管理状况); dictionary managementStatuses",
                    example = "NONE")
            ManagementStatus managementStatus,
            @Schema(description = "Year of the last comprehensive renovation (最近一次综合改造年份), if any; not "
                    + "before the build year nor after this year", example = "2012")
            @Min(1900) Integer lastRenovationYear,
            @Schema(description = "In the demolition/relocation plan for the next 5 years (纳入今后5年征迁改造计划)",
                    example = "false", defaultValue = "false")
            Boolean inDemolitionPlan,
            @Schema(description = "Facility deficiencies found by the survey (设施缺失项); dictionary "
                    + "facilityDeficiencies", example = "[\"ROOF_LEAKING\", \"DRAINAGE_INADEQUATE\", \"STREET_LIGHTS_MISSING\"]")
            @Size(max = 50) List<@NotNull FacilityDeficiency> facilityDeficiencies,
            @Schema(description = "Its buildings (楼栋), at least one, numbers unique")
            @NotEmpty @Size(max = 1000) List<@Valid @NotNull BuildingInput> buildings) {
    }

    @Schema(name = "Location", description = "WGS-84 decimal degrees")
    public record LocationInput(
            @Schema(example = "43.1706") @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 7)
            BigDecimal latitude,
            @Schema(example = "124.3502") @NotNull @DecimalMin("-180") @DecimalMax("180")
            @Digits(integer = 3, fraction = 7) BigDecimal longitude) {
    }

    @Schema(name = "BuildingInput", description = "A building (楼栋)")
    public record BuildingInput(
            @Schema(description = "Building number (楼号), unique within the community", example = "1")
            @NotBlank @Size(max = 20) @Pattern(regexp = "\\S+") String number,
            @Schema(description = "Floors above ground (层数)", example = "6")
            @Positive @Max(200) Integer floors,
            @Schema(description = "Entrances / units (单元数); not more than households", example = "2")
            @Positive @Max(100) Integer entrances,
            @Schema(description = "Households (户数); once the building has a household roll, derived from it",
                    example = "48")
            @NotNull @Positive @Max(100_000) Integer households,
            @Schema(description = "Floor area in m², at most two decimals (建筑面积)", example = "3120.50")
            @NotNull @Positive @Digits(integer = 9, fraction = 2) BigDecimal floorArea,
            @Schema(description = "Has an elevator (有电梯)", example = "false", defaultValue = "false")
            Boolean hasElevator) {
    }

    @Schema(name = "HouseholdRoll", description = "The household roll (户册) of one building; replaces the whole roll. "
            + "An empty list removes it and the registered counts apply again.")
    record Roll(@NotNull @Size(max = 5000) List<@Valid @NotNull HouseholdInput> households) {
    }

    @Schema(name = "HouseholdInput", description = "A household (户) with its owner")
    record HouseholdInput(
            @Schema(description = "Entrance / unit (单元), letters or digits", example = "1")
            @NotNull @Pattern(regexp = ROLL_PART) String entrance,
            @Schema(description = "Floor (楼层), 1 to the building's floors", example = "1")
            @NotNull @Min(1) @Max(200) Integer floor,
            @Schema(description = "Room number (房号), letters or digits", example = "101")
            @NotNull @Pattern(regexp = ROLL_PART) String room,
            @Schema(description = "Exclusive floor area in m² (专有部分面积)", example = "62.35")
            @NotNull @Positive @Digits(integer = 6, fraction = 2) BigDecimal exclusiveArea,
            @Schema(description = "The owner (业主); one owner may hold several units")
            @NotNull @Valid OwnerInput owner) {
    }

    @Schema(name = "OwnerInput", description = "An owner (业主). Personal data: shown in full only to the district "
            + "office and the street, masked elsewhere, never published in events. Give the ID-card number, or a "
            + "phone when there is none: it tells one owner of several units from namesakes.")
    record OwnerInput(
            @Schema(description = "Name (姓名)", example = "张建国") @NotBlank @Size(max = 50) String name,
            @Schema(description = "Resident ID-card number, 18 characters with a valid check digit (身份证号, "
                    + "GB 11643)", example = "220302198001011233")
            @Pattern(regexp = "\\d{17}[\\dXx]") String idNumber,
            @Schema(description = "Phone (联系电话): mobile or landline", example = "13904340000")
            @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}") String phone) {
    }

    @Schema(name = "RecordedWillingness", description = "Willing households from a survey outside the questionnaire "
            + "(e.g. door-to-door on paper). Eligibility uses the larger of this and the questionnaire's count.")
    record Willingness(
            @Schema(description = "Households willing to renovate", example = "70") @NotNull @PositiveOrZero
            @Max(100_000_000) Integer willingHouseholds,
            @Schema(description = "Date of the survey", example = "2026-10-12") @NotNull @PastOrPresent
            LocalDate surveyedOn,
            @Schema(description = "Note (说明)", example = "入户调查，居委会汇总") @Size(max = 500) String note) {
    }

    @Schema(name = "ReserveDecision", description = "A reason for removing a community from, or readmitting it to, "
            + "the reserve library")
    record ReserveDecision(
            @Schema(description = "Reason (理由)", example = "已纳入棚户区改造，暂缓") @NotBlank @Size(max = 500)
            String reason) {
    }
}
