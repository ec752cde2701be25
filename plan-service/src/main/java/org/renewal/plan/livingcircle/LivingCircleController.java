package org.renewal.plan.livingcircle;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.renewal.plan.menu.Catalogue;
import org.renewal.platform.dictionary.Dictionary;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.PlaceScope;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

@RestController
@RequestMapping("/api/plan/living-circles")
@Tag(name = "Living circles 生活圈", description = "Service facilities and the 5-, 10- and 15-minute living circles of "
        + "GB 50180-2018 around each community: what is missing within reach, and the menu items that fill it")
class LivingCircleController {

    static final String SOURCE = "GB 50180-2018《城市居住区规划设计标准》2.0.2–2.0.4（5/10/15分钟生活圈：步行300/500/1000米）";
    private static final Set<String> SORTABLE = Set.of("name", "type");

    private final MongoTemplate mongo;
    private final Catalogue catalogue;
    private final double detourFactor;

    LivingCircleController(MongoTemplate mongo, Catalogue catalogue,
                           @Value("${renewal.plan.living-circle.detour-factor:1.0}") double detourFactor) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.detourFactor = detourFactor;
    }

    @Schema(name = "FacilityInput", description = "A service facility of your district")
    record FacilityInput(@Schema(example = "KINDERGARTEN") @NotNull FacilityType type,
                         @Schema(example = "北山幼儿园") @NotBlank @Size(max = 100) String name,
                         @Schema(example = "43.1711") @NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                         @Schema(example = "124.3498") @NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }

    /** The community's place, read from the programme read model (kept from survey's events). */
    @org.springframework.data.mongodb.core.mapping.Document("programme_communities")
    record Place(String id, String name, String districtCode, String streetCode, BigDecimal latitude,
                 BigDecimal longitude) {
    }

    @Schema(name = "FacilityReach", description = "A facility type of a circle: the nearest facility within reach, "
            + "or the gap with the menu item that would fill it")
    record TypeReach(FacilityType type, Labelled.Label label, boolean present,
                     @Schema(description = "Nearest facility of the type, if any in the district") String nearest,
                     @Schema(description = "Estimated walking distance to it, m", example = "240") Integer distance,
                     @Schema(description = "Menu item (提升类) suggested for the gap", example = "OLD_BUILDING_REUSE")
                     String suggestedMenuItem, String suggestedMenuItemLabel) {
    }

    @Schema(name = "CircleReach")
    record CircleReach(LivingCircle circle, Labelled.Label label, int reachMetres, List<TypeReach> types,
                       @Schema(description = "Facility types of the circle missing within reach") int missing) {
    }

    @Schema(name = "CommunityLivingCircles", description = "The living circles around one community")
    record CommunityCircles(String communityId, String name, boolean located, List<CircleReach> circles,
                            @Schema(description = "Distinct menu items suggested for the gaps") List<String> suggestedMenuItems,
                            @Schema(description = "How reach is judged, and the rule it comes from") String basis) {
    }

    @Schema(name = "LivingCircleGaps", description = "A community's gaps, counted per circle")
    record Gaps(String communityId, String name, String streetCode, boolean located, int fiveMinute, int tenMinute,
                int fifteenMinute, List<String> suggestedMenuItems) {
    }

    @PostMapping("/facilities")
    @Operation(summary = "Register a service facility (配套设施)", description = "District office or street: a facility "
            + "of your district, with its type (dictionary facilityTypes) and WGS-84 position.")
    ResponseEntity<Facility> add(@Valid @RequestBody FacilityInput input) {
        Caller caller = Caller.current();
        if (caller.districtCode() == null) {
            throw ApiException.ruleViolated("DISTRICT_REQUIRED");
        }
        Facility facility = mongo.insert(new Facility(UUID.randomUUID().toString(), caller.districtCode(), input.type(),
                input.name().strip(), input.latitude(), input.longitude(), caller.subject(), Instant.now()));
        return ResponseEntity.status(HttpStatus.CREATED).body(facility);
    }

    @GetMapping("/facilities")
    @Operation(summary = "Service facilities of your district", description = "Filter by type; sort by name or type.")
    PagedModel<Facility> facilities(@Parameter(example = "KINDERGARTEN") @RequestParam(required = false) FacilityType type,
                                    @Parameter(description = "For city-wide callers", example = "220302")
                                    @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
                                    @ParameterObject @PageableDefault(size = 50, sort = "name") Pageable pageable) {
        List<Criteria> parts = new ArrayList<>();
        Caller caller = Caller.current();
        // facilities serve the whole district: a street sees its district's
        parts.add(caller.cityWide() ? new Criteria() : where("districtCode").is(caller.districtCode() == null
                ? "\u0000none" : caller.districtCode()));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        if (type != null) {
            parts.add(where("type").is(type));
        }
        Query q = new Query(new Criteria().andOperator(parts));
        long total = mongo.count(q, Facility.class);
        return new PagedModel<>(new PageImpl<>(mongo.find(q.with(Paging.checked(pageable, SORTABLE)), Facility.class),
                pageable, total));
    }

    @DeleteMapping("/facilities/{id}")
    @Operation(summary = "Remove a facility of your district (closed or entered by mistake)")
    @ApiResponse(responseCode = "404", description = "Not here or not yours (FACILITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<Void> remove(@PathVariable String id) {
        Facility facility = mongo.findById(id, Facility.class);
        if (facility == null || !facility.districtCode().equals(Caller.current().districtCode())) {
            throw ApiException.notFound("FACILITY_NOT_FOUND", id);
        }
        mongo.remove(query(where("_id").is(id)), Facility.class);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/communities/{communityId}")
    @Operation(summary = "The living circles around a community (生活圈)", description = "For each circle (5, 10, 15 "
            + "minutes: 300, 500, 1,000 m walk, GB 50180-2018) and each facility type of it: the nearest facility and "
            + "its estimated walking distance, or the gap and the public-service (提升类) menu item that fills it.")
    @ApiResponse(responseCode = "404", description = "Not here or not yours (COMMUNITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    CommunityCircles community(@PathVariable String communityId) {
        Place place = mongo.findById(communityId, Place.class);
        Caller caller = Caller.current();
        if (place == null || !caller.sees(place.districtCode(), place.streetCode())) {
            throw ApiException.notFound("COMMUNITY_NOT_FOUND", communityId);
        }
        return analyse(place, facilitiesOf(place.districtCode()));
    }

    @GetMapping("/gaps")
    @Operation(summary = "Living-circle gaps of your communities", description = "Per community, the facility types "
            + "missing within reach in each circle and the menu items suggested; communities without a surveyed "
            + "position are listed as not located. Sorted by the most gaps first.")
    List<Gaps> gaps(@Parameter(description = "For city-wide callers", example = "220302")
                    @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode) {
        List<Criteria> parts = new ArrayList<>();
        parts.add(PlaceScope.of(Caller.current(), "districtCode", "streetCode"));
        if (districtCode != null) {
            parts.add(where("districtCode").is(districtCode));
        }
        Map<String, List<Facility>> byDistrict = new java.util.HashMap<>();
        List<Gaps> gaps = new ArrayList<>();
        for (Place place : mongo.find(new Query(new Criteria().andOperator(parts)).with(Sort.by("name")), Place.class)) {
            CommunityCircles circles = analyse(place, byDistrict.computeIfAbsent(place.districtCode(), this::facilitiesOf));
            Map<LivingCircle, Integer> missing = new EnumMap<>(LivingCircle.class);
            circles.circles().forEach(c -> missing.put(c.circle(), c.missing()));
            gaps.add(new Gaps(place.id(), place.name(), place.streetCode(), circles.located(),
                    missing.getOrDefault(LivingCircle.FIVE_MINUTE, 0), missing.getOrDefault(LivingCircle.TEN_MINUTE, 0),
                    missing.getOrDefault(LivingCircle.FIFTEEN_MINUTE, 0), circles.suggestedMenuItems()));
        }
        gaps.sort(Comparator.comparingInt((Gaps g) -> -(g.fiveMinute() + g.tenMinute() + g.fifteenMinute())));
        return gaps;
    }

    private List<Facility> facilitiesOf(String district) {
        return mongo.find(query(where("districtCode").is(district)), Facility.class);
    }

    CommunityCircles analyse(Place place, List<Facility> facilities) {
        String basis = SOURCE + "；步行距离按直线距离×绕行系数 " + detourFactor + " 估算 (walking distance estimated as the "
                + "straight-line distance × a detour factor of " + detourFactor + ")";
        if (place.latitude() == null || place.longitude() == null) {
            return new CommunityCircles(place.id(), place.name(), false, List.of(), List.of(), basis);
        }
        List<CircleReach> circles = new ArrayList<>();
        Set<String> suggested = new java.util.LinkedHashSet<>();
        for (LivingCircle circle : LivingCircle.values()) {
            List<TypeReach> types = new ArrayList<>();
            int missing = 0;
            for (FacilityType type : FacilityType.values()) {
                if (type.circle() != circle) {
                    continue;
                }
                Facility nearest = null;
                double best = Double.MAX_VALUE;
                for (Facility f : facilities) {
                    if (f.type() == type) {
                        double d = Reach.metres(place.latitude(), place.longitude(), f.latitude(), f.longitude()) * detourFactor;
                        if (d < best) {
                            best = d;
                            nearest = f;
                        }
                    }
                }
                boolean present = nearest != null && best <= circle.reachMetres();
                String item = null;
                String itemLabel = null;
                if (!present) {
                    missing++;
                    var priced = type.menuItem() == null ? java.util.Optional.<Catalogue.Priced>empty()
                            : catalogue.find(type.menuItem(), place.districtCode()).filter(p -> !p.retired());
                    if (priced.isPresent()) {
                        item = priced.get().code();
                        itemLabel = priced.get().labelZh();
                        suggested.add(item);
                    }
                }
                types.add(new TypeReach(type, type.label(), present, nearest == null ? null : nearest.name(),
                        nearest == null ? null : (int) Math.round(best), item, itemLabel));
            }
            circles.add(new CircleReach(circle, circle.label(), circle.reachMetres(), types, missing));
        }
        return new CommunityCircles(place.id(), place.name(), true, circles, List.copyOf(suggested), basis);
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
