package org.renewal.survey.community;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the register. */
final class CommunityRequests {

    private CommunityRequests() {
    }

    @Schema(name = "RegisterCommunity", description = "A community to enter in the register (登记造册)")
    record Register(
            @Schema(description = "Name (小区名称)", example = "北山小区")
            @NotBlank @Size(max = 100) String name,
            @Schema(description = "District code, 6 digits (区县行政区划代码)", example = "220302")
            @NotNull @Pattern(regexp = "\\d{6}") String districtCode,
            @Schema(description = "Street code, 9 digits, starting with the district code (街道统计用区划代码)",
                    example = "220302001")
            @NotNull @Pattern(regexp = "\\d{9}") String streetCode,
            @Schema(description = "Address (地址)", example = "四平市铁西区北山路 18 号")
            @Size(max = 200) String address,
            @Schema(description = "Year built (建成年份), not in the future", example = "1994")
            @NotNull @Min(1900) Integer buildYear,
            @Schema(description = "Its buildings (楼栋), at least one, numbers unique")
            @NotEmpty @Size(max = 1000) List<@Valid @NotNull BuildingInput> buildings) {
    }

    @Schema(name = "BuildingInput", description = "A building (楼栋)")
    record BuildingInput(
            @Schema(description = "Building number (楼号), unique within the community", example = "1")
            @NotBlank @Size(max = 20) String number,
            @Schema(description = "Floors above ground (层数)", example = "6")
            @Positive @Max(200) Integer floors,
            @Schema(description = "Households (户数)", example = "48")
            @NotNull @Positive @Max(100_000) Integer households,
            @Schema(description = "Floor area in m², at most two decimals (建筑面积)", example = "3120.50")
            @NotNull @Positive @Digits(integer = 9, fraction = 2) BigDecimal floorArea) {
    }
}
