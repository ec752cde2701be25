package org.renewal.survey.outreach;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.renewal.platform.web.SortBy;

@RestController
@RequestMapping("/api/survey/outreach-activities")
@Tag(name = "Outreach 宣传发动", description = "Visits, meetings and notices that mobilise residents")
class OutreachController {

    private final Outreach outreach;

    OutreachController(Outreach outreach) {
        this.outreach = outreach;
    }

    @Schema(name = "OutreachActivity", description = "An outreach activity (宣传发动记录)")
    record OutreachView(
            @Schema(example = "6b1f7c1e-8a55-4a0e-9d3c-2f6f1a0e9b11") String id,
            @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") String communityId,
            @Schema(example = "北山小区") String communityName,
            @Schema(example = "220302") String districtCode,
            @Schema(example = "220302001") String streetCode,
            @Schema(example = "DOOR_TO_DOOR") OutreachChannel channel,
            @Schema(example = "2026-11-20") LocalDate date,
            @Schema(description = "Households (or, for media, people) reached", example = "36") int reach,
            @Schema(example = "讲解改造政策、内容与流程，发放意愿调查表") String summary,
            @Schema(description = "Who logged it (token subject)", example = "street-tiexi") String recordedBy,
            Instant recordedAt) {

        static OutreachView of(OutreachActivity a) {
            return new OutreachView(a.id(), a.communityId(), a.communityName(), a.districtCode(), a.streetCode(),
                    a.channel(), a.date(), a.reach(), a.summary(), a.recordedBy(), a.recordedAt());
        }
    }

    @Schema(name = "LogOutreach", description = "An outreach activity to log")
    record LogOutreach(
            @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01") @NotBlank @Size(max = 64) String communityId,
            @Schema(description = "Channel (dictionary outreachChannels)", example = "DOOR_TO_DOOR") @NotNull
            OutreachChannel channel,
            @Schema(description = "Date, not in the future", example = "2026-11-20") @NotNull @PastOrPresent
            LocalDate date,
            @Schema(description = "Households (or, for media, people) reached", example = "36") @NotNull
            @PositiveOrZero @Max(10_000_000) Integer reach,
            @Schema(example = "讲解改造政策、内容与流程，发放意愿调查表") @Size(max = 1000) String summary) {
    }

    @PostMapping
    @Operation(summary = "Log an outreach activity (记录宣传发动)", description = "By the district office or the street, "
            + "for a community they may see.")
    ResponseEntity<OutreachView> log(Caller caller, @Valid @RequestBody LogOutreach request) {
        OutreachActivity activity = outreach.log(caller, request.communityId(), request.channel(),
                request.date(), request.reach(), request.summary());
        return ResponseEntity.created(URI.create("/api/survey/outreach-activities/" + activity.id()))
                .body(OutreachView.of(activity));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an outreach activity")
    OutreachView get(Caller caller, @PathVariable String id) {
        return OutreachView.of(outreach.get(caller, id));
    }

    @SortBy({"date", "reach", "recordedAt", "channel"})
    @GetMapping
    @Operation(summary = "The outreach log", description = "Newest first by default; filter by community, street, "
            + "channel and date range; sort by date, reach, recordedAt or channel.")
    PagedModel<OutreachView> list(Caller caller,
            @Parameter(description = "Community id") @RequestParam(required = false) String communityId,
            @Parameter(description = "Street code", example = "220302001") @RequestParam(required = false)
            String streetCode,
            @Parameter(description = "Channel") @RequestParam(required = false) OutreachChannel channel,
            @Parameter(description = "From date (inclusive)", example = "2026-01-01") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "To date (inclusive)", example = "2026-12-31") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @ParameterObject @PageableDefault(size = 20, sort = "date", direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(outreach.list(caller, communityId, streetCode, channel, from, to, pageable)
                .map(OutreachView::of));
    }
}
