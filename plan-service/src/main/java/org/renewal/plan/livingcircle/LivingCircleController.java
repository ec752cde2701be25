package org.renewal.plan.livingcircle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.plan.livingcircle.LivingCircleAnalysis.CommunityCircles;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/plan/living-circles")
@Tag(name = "Living circles 生活圈", description = "Service facilities and the 5-, 10- and 15-minute living circles of "
        + "GB 50180-2018 around each community: what is missing within reach, and the menu items that fill it")
class LivingCircleController {

    private final LivingCircleService circles;

    LivingCircleController(LivingCircleService circles) {
        this.circles = circles;
    }

    @Schema(name = "Facility", description = "A service facility of a district (配套设施)")
    record FacilityView(@Schema(example = "5b0e9f0e-2b7c-4a53-9d1e-6f3b1a2c4d5e") String id,
                        @Schema(example = "220302") String districtCode,
                        @Schema(example = "KINDERGARTEN") FacilityType type,
                        @Schema(example = "北山幼儿园") String name,
                        @Schema(example = "43.1711") BigDecimal latitude,
                        @Schema(example = "124.3498") BigDecimal longitude,
                        String createdBy, Instant createdAt) {

        static FacilityView of(Facility f) {
            return new FacilityView(f.id(), f.districtCode(), f.type(), f.name(), f.latitude(), f.longitude(),
                    f.createdBy(), f.createdAt());
        }
    }

    @Schema(name = "FacilityInput", description = "A service facility of your district")
    record FacilityInput(@Schema(example = "KINDERGARTEN") @NotNull FacilityType type,
                         @Schema(example = "北山幼儿园") @NotBlank @Size(max = 100) String name,
                         @Schema(example = "43.1711") @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                         @Schema(example = "124.3498") @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    @Schema(name = "LivingCircleGaps", description = "A community's gaps, counted per circle")
    record Gaps(String communityId, String name, String streetCode, boolean located, int fiveMinute, int tenMinute,
                int fifteenMinute, List<String> suggestedMenuItems) {
    }

    @PostMapping("/facilities")
    @Operation(summary = "Register a service facility (配套设施)", description = "District office or street: a facility "
            + "of your district, with its type (dictionary facilityTypes) and WGS-84 position.")
    ResponseEntity<FacilityView> add(Caller caller, @Valid @RequestBody FacilityInput input) {
        Facility facility = circles.add(caller, input.type(), input.name(), input.latitude(),
                input.longitude());
        return ResponseEntity.status(HttpStatus.CREATED).body(FacilityView.of(facility));
    }

    @SortBy({"name", "type"})
    @GetMapping("/facilities")
    @Operation(summary = "Service facilities of your district", description = "Filter by type; sort by name or type.")
    PagedModel<FacilityView> facilities(Caller caller, @Parameter(example = "KINDERGARTEN") @RequestParam(required = false)
                                        FacilityType type,
                                        @Parameter(description = "For city-wide callers", example = "220302")
                                        @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
                                        @ParameterObject @PageableDefault(size = 20, sort = "name") Pageable pageable) {
        return new PagedModel<>(circles.facilities(caller, type, districtCode, pageable).map(FacilityView::of));
    }

    @DeleteMapping("/facilities/{id}")
    @Operation(summary = "Remove a facility of your district (closed or entered by mistake)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Not here or not yours (FACILITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<Void> remove(Caller caller, @PathVariable String id) {
        circles.remove(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/communities/{communityId}")
    @Operation(summary = "The living circles around a community (生活圈)", description = "For each circle (5, 10, 15 "
            + "minutes: 300, 500, 1,000 m walk, GB 50180-2018) and each facility type of it: the nearest facility and "
            + "its estimated walking distance, or the gap and the public-service (提升类) menu item that fills it.")
    @ApiResponse(responseCode = "200", description = "The community's living circles")
    @ApiResponse(responseCode = "404", description = "Not here or not yours (COMMUNITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    CommunityCircles community(Caller caller, @PathVariable String communityId) {
        return circles.community(caller, communityId);
    }

    @GetMapping("/gaps")
    @Operation(summary = "Living-circle gaps of your communities", description = "Per community, the facility types "
            + "missing within reach in each circle and the menu items suggested; communities without a surveyed "
            + "position are listed as not located. Sorted by the most gaps first.")
    List<Gaps> gaps(Caller caller, @Parameter(description = "For city-wide callers", example = "220302")
                    @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode) {
        return circles.communities(caller, districtCode).stream()
                .map(a -> new Gaps(a.place().id(), a.place().name(), a.place().streetCode(), a.circles().located(),
                        a.circles().missing(LivingCircle.FIVE_MINUTE), a.circles().missing(LivingCircle.TEN_MINUTE),
                        a.circles().missing(LivingCircle.FIFTEEN_MINUTE), a.circles().suggestedMenuItems()))
                .sorted(Comparator.comparingInt((Gaps g) -> -(g.fiveMinute() + g.tenMinute() + g.fifteenMinute())))
                .toList();
    }

    @Bean
    static Dictionary facilityTypes() {
        return Dictionary.of("facilityTypes", "Service facility types of the living circles (生活圈配套设施)",
                FacilityType.class);
    }

    @Bean
    static Dictionary livingCircles() {
        return Dictionary.of("livingCircles", "Living circles of GB 50180-2018 (生活圈)", LivingCircle.class);
    }
}
