package org.renewal.survey.community;

import java.net.URI;
import org.renewal.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/survey/communities")
@Tag(name = "Communities 登记造册", description = "The register of candidate communities and their buildings")
class CommunityController {


    private final CommunityService communities;

    CommunityController(CommunityService communities) {
        this.communities = communities;
    }

    @PostMapping
    @Operation(summary = "Register a community (登记小区)",
            description = "Enters a community with its buildings in the register. Totals (buildings, households, "
                    + "floor area) are derived. Its eligibility is assessed at once and, if eligible, it enters the "
                    + "reserve library. Announces survey.CommunityRegistered (and EligibilityAssessed, "
                    + "CommunityReserved). With an Idempotency-Key a retry returns the first community and creates "
                    + "nothing. District + street + name identify a community: a second one gets 409.")
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag headers set")
    @ApiResponse(responseCode = "400", description = "Invalid input; errors[] names each field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "409", description = "Already registered under this name in this street "
            + "(COMMUNITY_ALREADY_REGISTERED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different request "
            + "(IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<CommunityView> register(Caller caller,
            @Parameter(description = "Client-chosen key making the POST safe to retry", example = "reg-2026-0001")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey,
            @Valid @RequestBody CommunityRequests.Register request) {
        Community community = communities.register(caller, request, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/survey/communities/" + community.getId()))
                .eTag(ETags.of(community.getVersion()))
                .body(CommunityView.of(community));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a registered community")
    @ApiResponse(responseCode = "200", description = "The community; ETag carries its version")
    @ApiResponse(responseCode = "404", description = "No such community (COMMUNITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<CommunityView> get(Caller caller, @PathVariable String id) {
        Community community = communities.get(caller, id);
        return ResponseEntity.ok().eTag(ETags.of(community.getVersion())).body(CommunityView.of(community));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a community's register entry (修改登记信息)",
            description = "Replaces the entry with the body (same fields as registration). If-Match must carry the "
                    + "ETag you read; a stale one gets 412. Buildings keep their household rolls by number. "
                    + "Eligibility and the reserve are reassessed. Announces survey.CommunityUpdated when anything "
                    + "changed.")
    @ApiResponse(responseCode = "200", description = "Updated (or unchanged); ETag carries the new version")
    @ApiResponse(responseCode = "412", description = "If-Match is stale (PRECONDITION_FAILED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "428", description = "If-Match missing (PRECONDITION_REQUIRED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<CommunityView> update(Caller caller, @PathVariable String id,
            @Parameter(description = "The ETag of the version you read", example = "\"0\"")
            @RequestHeader("If-Match") String ifMatch,
            @Valid @RequestBody CommunityRequests.Register request) {
        Community community = communities.update(caller, id, ifMatch, request);
        return ResponseEntity.ok().eTag(ETags.of(community.getVersion())).body(CommunityView.of(community));
    }

    @SortBy({"name", "buildYear", "registeredAt", "updatedAt", "districtCode", "streetCode", "households", "floorArea", "eligibility.urgencyScore"})
    @GetMapping
    @Operation(summary = "List the register", description = "Filters narrow the list; sort by name, buildYear, "
            + "registeredAt, updatedAt, districtCode, streetCode, households, floorArea or eligibility.urgencyScore, e.g. "
            + "sort=buildYear,asc. Page size at most 200. You see your own district (a street: its street).")
    PagedModel<CommunityView> list(Caller caller,
            @Parameter(description = "District code") @RequestParam(required = false) @Pattern(regexp = "\\d{6}")
            String districtCode,
            @Parameter(description = "Street code") @RequestParam(required = false) @Pattern(regexp = "\\d{9}")
            String streetCode,
            @Parameter(description = "Built in or after") @RequestParam(required = false) Integer buildYearFrom,
            @Parameter(description = "Built in or before") @RequestParam(required = false) Integer buildYearTo,
            @Parameter(description = "Eligibility outcome (dictionary eligibilityOutcomes)")
            @RequestParam(required = false) EligibilityOutcome eligibility,
            @Parameter(description = "Place in the reserve library (dictionary reserveStatuses)")
            @RequestParam(required = false) ReserveStatus reserveStatus,
            @Parameter(description = "Part of the name") @RequestParam(required = false) @Size(max = 100) String name,
            @ParameterObject @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        var filter = new CommunityService.CommunityFilter(districtCode, streetCode, buildYearFrom, buildYearTo,
                eligibility, reserveStatus, name);
        return new PagedModel<>(communities.list(caller, filter, pageable).map(CommunityView::of));
    }
}
