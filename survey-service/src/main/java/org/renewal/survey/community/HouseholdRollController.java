package org.renewal.survey.community;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/survey/communities/{id}/buildings/{number}/households")
@Tag(name = "Household rolls 户册", description = "Households and owners of a building: the basis of owners' votes "
        + "and resident shares. Personal data (个人信息保护法): in full only for the district office and the street.")
class HouseholdRollController {

    private final CommunityService communities;

    HouseholdRollController(CommunityService communities) {
        this.communities = communities;
    }

    @PutMapping
    @Operation(summary = "Set a building's household roll (录入户册)", description = "Replaces the whole roll of the "
            + "building; its households and entrances then derive from the roll (an empty list removes the roll). "
            + "If-Match carries the roll's own ETag (from GET of this roll; \"0\" before its first roll), so rolls of "
            + "different buildings never conflict. Announces survey.HouseholdRollChanged (owners as pseudonymous "
            + "keys, no personal data) and, when counts change, survey.CommunityUpdated.")
    @ApiResponse(responseCode = "200", description = "The roll as stored; ETag carries the roll's new version")
    @ApiResponse(responseCode = "400", description = "Invalid household; errors[] names it, e.g. households[3].floor",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (PRECONDITION_FAILED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<RollView> replace(Caller caller, @PathVariable String id, @PathVariable String number,
            @Parameter(description = "The roll's ETag", example = "\"0\"") @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody CommunityRequests.Roll request) {
        Community community = communities.replaceRoll(caller, id, number, ifMatch, request);
        return ResponseEntity.ok().eTag(ETags.of(community.building(number).rollVersion()))
                .body(RollView.of(community.building(number), caller));
    }

    @GetMapping
    @Operation(summary = "Read a building's household roll", description = "Owners' names, ID-card numbers and "
            + "phones are masked (张**, 220302********1233, 139****0000) unless you are the district office or the "
            + "street.")
    ResponseEntity<RollView> read(Caller caller, @PathVariable String id, @PathVariable String number) {
        Community community = communities.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(community.building(number).rollVersion()))
                .body(RollView.of(community.building(number), caller));
    }

    @Schema(name = "HouseholdRollView")
    record RollView(@Schema(example = "1") String buildingNumber,
                    @Schema(description = "Whether owners' personal data is masked for you", example = "false")
                    boolean masked,
                    @Schema(example = "48") int households,
                    @Schema(description = "Sum of exclusive areas m²", example = "2990.40") BigDecimal exclusiveArea,
                    List<HouseholdView> roll) {

        static RollView of(Building building, Caller caller) {
            boolean reveal = caller.has(Role.DISTRICT_OFFICE) || caller.has(Role.STREET);
            List<Household> roll = building.roll() == null ? List.of() : building.roll();
            return new RollView(building.number(), !reveal, roll.size(),
                    roll.stream().map(Household::exclusiveArea).reduce(BigDecimal.ZERO, BigDecimal::add),
                    roll.stream().map(h -> HouseholdView.of(h, reveal)).toList());
        }
    }

    @Schema(name = "Household")
    record HouseholdView(@Schema(example = "1-1-101") String householdId,
                         @Schema(example = "1") String entrance,
                         @Schema(example = "1") int floor,
                         @Schema(example = "101") String room,
                         @Schema(example = "62.35") BigDecimal exclusiveArea,
                         OwnerView owner) {

        static HouseholdView of(Household h, boolean reveal) {
            Household.Owner o = h.owner();
            OwnerView owner = reveal ? new OwnerView(o.name(), o.idNumber(), o.phone(), o.key())
                    : new OwnerView(PersonalData.maskName(o.name()), PersonalData.maskIdNumber(o.idNumber()),
                            PersonalData.maskPhone(o.phone()), o.key());
            return new HouseholdView(h.householdId(), h.entrance(), h.floor(), h.room(), h.exclusiveArea(), owner);
        }
    }

    @Schema(name = "Owner")
    record OwnerView(@Schema(example = "张建国") String name,
                     @Schema(example = "220302198001011233") String idNumber,
                     @Schema(example = "13904340000") String phone,
                     @Schema(description = "Pseudonymous owner key; equal keys mean the same owner",
                             example = "mQ3n0i6mVw1xq2Jd8aZcLw") String key) {
    }
}
