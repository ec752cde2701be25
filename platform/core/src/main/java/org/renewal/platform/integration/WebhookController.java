package org.renewal.platform.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.renewal.platform.security.Caller;
import org.renewal.platform.web.SortBy;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions: signed CloudEvents POSTed to another system as they happen. */
@RestController
@Validated
@RequestMapping("${renewal.api-prefix}/webhooks/subscriptions")
@Tag(name = "Integration 系统对接")
public class WebhookController {

    private final Subscriptions subscriptions;

    public WebhookController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe (订阅) (INTEGRATION, CITY_OFFICE)", description = "Events of the chosen types and "
            + "place are POSTed to the URL as CloudEvents (application/cloudevents+json), signed with the returned "
            + "secret as the Standard Webhooks specification describes (webhook-id, webhook-timestamp, "
            + "webhook-signature), one at a time in order, at least once: a receiver recognises a repeat by its "
            + "webhook-id. Failed deliveries are retried, waiting from 5 s doubling to 1 h, for 72 hours; then the "
            + "subscription pauses with the reason. The place must be one the caller may read. A retry with the "
            + "same Idempotency-Key returns the first subscription.")
    public IntegrationApi.SubscriptionCreated create(Caller caller,
            @Parameter(description = "Makes a retried creation return the first one", example = "treasury-sub-1")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String key,
            @Valid @RequestBody IntegrationApi.SubscriptionRequest request) {
        return subscriptions.create(caller, request, key);
    }

    @SortBy({"createdAt", "url", "status"})
    @GetMapping
    @Operation(summary = "List subscriptions (INTEGRATION: its own; CITY_OFFICE: all)")
    public PagedModel<IntegrationApi.SubscriptionView> list(Caller caller,
            @ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
            Pageable pageable) {
        return subscriptions.list(caller, pageable);
    }

    @GetMapping("/{subscriptionId}")
    @Operation(summary = "Read a subscription: its status, why it paused, its failures",
            description = "Another client's subscription is not found (404).")
    public IntegrationApi.SubscriptionView get(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId) {
        return subscriptions.get(caller, subscriptionId);
    }

    @DeleteMapping("/{subscriptionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unsubscribe: deliveries stop at once")
    @ApiResponse(responseCode = "204", description = "Removed")
    public void delete(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId) {
        subscriptions.delete(caller, subscriptionId);
    }

    @PostMapping("/{subscriptionId}/secret-rotations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rotate the signing secret", description = "Returns a new secret. For 24 hours every "
            + "delivery carries two signatures (the new secret's and the previous one's), so the receiver can switch "
            + "without losing one; then only the new secret signs.")
    public IntegrationApi.SecretRotated rotateSecret(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId) {
        return subscriptions.rotate(caller, subscriptionId);
    }

    @PostMapping("/{subscriptionId}/replays")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Deliver a time range again", description = "The subscription's events the feed stored in "
            + "[from, to) are delivered again, before new ones, with their original webhook-id (and the header "
            + "X-Renewal-Replay: true). Within the retention (30 days).")
    public IntegrationApi.SubscriptionView replay(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId,
            @Valid @RequestBody IntegrationApi.ReplayRequest request) {
        return subscriptions.replay(caller, subscriptionId, request);
    }

    @PostMapping("/{subscriptionId}/resumption")
    @Operation(summary = "Resume a paused subscription", description = "Deliveries continue where they stopped: "
            + "nothing stored while it was paused is skipped (within the retention).")
    public IntegrationApi.SubscriptionView resume(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId) {
        return subscriptions.resume(caller, subscriptionId);
    }

    @SortBy({"at"})
    @GetMapping("/{subscriptionId}/deliveries")
    @Operation(summary = "The delivery log (投递记录): every attempt, newest first, kept 30 days")
    public PagedModel<IntegrationApi.DeliveryView> deliveries(Caller caller,
            @Parameter(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e") @PathVariable String subscriptionId,
            @ParameterObject @PageableDefault(size = 20, sort = "at", direction = Sort.Direction.DESC)
            Pageable pageable) {
        return subscriptions.deliveries(caller, subscriptionId, pageable);
    }
}
