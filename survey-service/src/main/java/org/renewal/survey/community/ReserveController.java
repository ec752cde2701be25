package org.renewal.survey.community;

import org.renewal.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.web.ETags;
import org.renewal.survey.eligibility.EligibilityOutcome;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@Tag(name = "Reserve library 项目储备库", description = "Eligible communities in order of urgency (轻重缓急)")
class ReserveController {


    private final CommunityService communities;

    ReserveController(CommunityService communities) {
        this.communities = communities;
    }

    @SortBy({"eligibility.urgencyScore", "buildYear", "households", "floorArea", "name"})
    @GetMapping("/api/survey/reserve")
    @Operation(summary = "The reserve library (项目储备库)", description = "Communities in the reserve, most urgent "
            + "first (urgency score, then older first). Eligible communities enter by themselves and leave when no "
            + "longer eligible; an office can remove one with a reason and readmit it.")
    PagedModel<CommunityView> reserve(Caller caller,
            @Parameter(description = "District code") @RequestParam(required = false) @Pattern(regexp = "\\d{6}")
            String districtCode,
            @Parameter(description = "Street code") @RequestParam(required = false) @Pattern(regexp = "\\d{9}")
            String streetCode,
            @Parameter(description = "PRIORITY or BY_PROPORTION") @RequestParam(required = false)
            EligibilityOutcome eligibility,
            @ParameterObject @PageableDefault(size = 20, sort = {"eligibility.urgencyScore"}, direction = Sort.Direction.DESC)
            Pageable pageable) {
        Pageable ordered = pageable;
        if (ordered.getSort().getOrderFor("buildYear") == null) {
            ordered = org.springframework.data.domain.PageRequest.of(ordered.getPageNumber(), ordered.getPageSize(),
                    ordered.getSort().and(Sort.by("buildYear", "name")));
        }
        var filter = new CommunityService.CommunityFilter(districtCode, streetCode, null, null, eligibility,
                ReserveStatus.RESERVED, null);
        return new PagedModel<>(communities.list(caller, filter, ordered).map(CommunityView::of));
    }

    @PostMapping("/api/survey/communities/{id}/reserve-removal")
    @Operation(summary = "Remove a community from the reserve (移出储备库)", description = "With a reason; it stays "
            + "out, even while eligible, until readmitted. Announces survey.CommunityRemovedFromReserve.")
    @ApiResponse(responseCode = "200", description = "Removed from the reserve: the community as it now stands")
    @ApiResponse(responseCode = "422", description = "Not in the reserve (NOT_IN_RESERVE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<CommunityView> remove(Caller caller, @PathVariable String id,
                                         @Valid @RequestBody CommunityRequests.ReserveDecision decision) {
        Community community = communities.removeFromReserve(caller, id, decision.reason());
        return ResponseEntity.ok().eTag(ETags.of(community.getVersion())).body(CommunityView.of(community));
    }

    @PostMapping("/api/survey/communities/{id}/reserve-readmission")
    @Operation(summary = "Readmit a removed community to the reserve (重新入库)", description = "With a reason; only "
            + "while it is eligible. Announces survey.CommunityReserved.")
    @ApiResponse(responseCode = "200", description = "Readmitted to the reserve: the community as it now stands")
    @ApiResponse(responseCode = "422", description = "Not removed (NOT_REMOVED_FROM_RESERVE) or not eligible "
            + "(NOT_ELIGIBLE_FOR_RESERVE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<CommunityView> readmit(Caller caller, @PathVariable String id,
                                          @Valid @RequestBody CommunityRequests.ReserveDecision decision) {
        Community community = communities.readmitToReserve(caller, id, decision.reason());
        return ResponseEntity.ok().eTag(ETags.of(community.getVersion())).body(CommunityView.of(community));
    }
}
