package org.renewal.plan.community;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.renewal.platform.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/plan/communities")
@Tag(name = "Communities 小区", description = "Registered communities as plan-service knows them (read-only, from survey events)")
class CommunityController {

    private final CommunityQueries communities;

    CommunityController(CommunityQueries communities) {
        this.communities = communities;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a registered community",
            description = "Appears within about a second of its registration in survey-service.")
    @ApiResponse(responseCode = "200", description = "The community")
    @ApiResponse(responseCode = "404", description = "Not (yet) known here (COMMUNITY_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    CommunityView get(Caller caller, @PathVariable String id) {
        return communities.get(caller, id);
    }

    @SortBy({"name", "buildYear", "registeredAt", "households"})
    @GetMapping
    @Operation(summary = "List registered communities", description = "Sort by name, buildYear, registeredAt or "
            + "households. Page size at most 200.")
    PagedModel<CommunityView> list(Caller caller,
            @Parameter(example = "220302") @RequestParam(required = false) @Pattern(regexp = "\\d{6}") String districtCode,
            @Parameter(description = "RESERVED: the communities a plan may be started for")
            @RequestParam(required = false) @Pattern(regexp = "RESERVED|NOT_RESERVED") String reserveStatus,
            @ParameterObject @PageableDefault(size = 20, sort = "registeredAt", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(communities.list(caller, districtCode, reserveStatus, pageable));
    }
}
