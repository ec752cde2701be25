package org.renewal.platform.integration;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.renewal.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change feed: the service's exported events, cursor-paged, for systems that cannot receive calls. */
@RestController
@RequestMapping("${renewal.api-prefix}/feed")
@Tag(name = "Integration 系统对接", description = "The change feed and webhook subscriptions for other systems "
        + "(docs/integration.md): CloudEvents 1.0, signed as Standard Webhooks describes, free of personal data")
public class FeedController {

    private final Subscriptions subscriptions;

    public FeedController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping
    @Operation(summary = "Read the change feed (变更流) (INTEGRATION, CITY_OFFICE)", description = "The events this "
            + "service offers other systems, oldest first, in the caller's places (a district-bound client: its "
            + "district), in order per subject. Without a cursor: from the oldest event kept. Keep the cursor of each "
            + "page and send it to continue: every event comes once, none is skipped, however long you wait between "
            + "pages — within the retention (30 days). An older cursor is 410 CURSOR_EXPIRED: resynchronise from the "
            + "lists and start again from GET …/feed/head.")
    @ApiResponse(responseCode = "200", description = "A page of events and the cursor after it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = IntegrationApi.FeedPage.class)))
    @ApiResponse(responseCode = "410", description = "The cursor is older than the feed's retention (CURSOR_EXPIRED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public IntegrationApi.FeedPage read(Caller caller,
            @Parameter(description = "The cursor of the previous page (opaque)",
                    example = "eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0") @RequestParam(required = false) String cursor,
            @Parameter(description = "At most this many events (1–500, default 100)", example = "100",
                    schema = @Schema(minimum = "1", maximum = "500")) @RequestParam(required = false) Integer limit,
            @Parameter(description = "Only these event types (repeat the parameter; see …/feed/event-types); "
                    + "absent: all") @RequestParam(required = false) List<String> types) {
        return subscriptions.feed(caller, cursor, limit, types);
    }

    @GetMapping("/head")
    @Operation(summary = "The cursor after every event so far (INTEGRATION, CITY_OFFICE)", description = "Where a "
            + "client that has just read the lists (resynchronised) starts following the feed.")
    public IntegrationApi.FeedHead head() {
        return subscriptions.head();
    }

    @GetMapping("/event-types")
    @Operation(summary = "The event types this service offers other systems (INTEGRATION, CITY_OFFICE)",
            description = "Only events free of personal data leave the suite; docs/events.md describes each.")
    public List<IntegrationApi.EventTypeView> eventTypes() {
        return subscriptions.eventTypes();
    }
}
