package org.renewal.platform.integration;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests and answers of the change feed and of webhook subscriptions. */
public final class IntegrationApi {

    private IntegrationApi() {
    }

    @Schema(description = "A page of the change feed (变更流): events oldest first, and the cursor to continue from")
    public record FeedPage(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull List<CloudEvent> events,
            @Schema(description = "Opaque; send it as ?cursor= to get the events after this page. Valid for the "
                    + "feed's retention after it was handed out", example = "eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String cursor,
            @Schema(description = "Whether more events are already waiting after this page", example = "false",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull boolean more,
            @Schema(description = "How long the feed keeps events (ISO 8601 duration)", example = "P30D",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String retention) {
    }

    @Schema(description = "The cursor after every event stored so far (start here after resynchronising from the lists)")
    public record FeedHead(
            @Schema(example = "eyJ2IjoxLCJ0IjoxNzk2NjQ0ODAwLCJwIjp7fX0", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            String cursor) {
    }

    /** Where a new subscription's deliveries start. */
    @Schema(description = "LATEST: events stored from now on; EARLIEST: every event the feed still keeps")
    public enum StartAt { LATEST, EARLIEST }

    @Schema(description = "A new webhook subscription (订阅)")
    public record SubscriptionRequest(
            @Schema(description = "Where deliveries are POSTed: an absolute https:// URL",
                    example = "https://treasury.example.gov.cn/renewal/events", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @Size(max = 2048) String url,
            @Schema(description = "Event types to deliver (docs/events.md); empty or absent: every type this "
                    + "service offers (see the types list of GET …/webhooks/event-types)",
                    example = "[\"survey.CommunityRegistered\"]")
            @Size(max = 100) List<@NotBlank @Size(max = 100) String> types,
            @Schema(description = "Deliver only events of this district (6 digits); absent: every place the caller "
                    + "may read", example = "220302") @Pattern(regexp = "\\d{6}") String districtCode,
            @Schema(description = "Deliver only events of this street (9 digits, within districtCode)",
                    example = "220302001") @Pattern(regexp = "\\d{9}") String streetCode,
            @Schema(description = "What the subscription is for (shown in lists)", example = "财政一体化系统 treasury")
            @Size(max = 200) String description,
            @Schema(description = "Where deliveries start (default LATEST)", example = "LATEST") StartAt startAt) {
    }

    @Schema(description = "A webhook subscription")
    public record SubscriptionView(
            @Schema(example = "5b0f3d1e-7a2c-4e8b-9c1d-2f3a4b5c6d7e", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String id,
            @Schema(description = "The client that holds it (its token's subject)", example = "integration-demo",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String owner,
            @Schema(example = "https://treasury.example.gov.cn/renewal/events",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String url,
            @Schema(example = "财政一体化系统 treasury") String description,
            @Schema(description = "Selected event types; empty: all", example = "[\"survey.CommunityRegistered\"]",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull List<String> types,
            @Schema(example = "220302") String districtCode,
            @Schema(example = "220302001") String streetCode,
            @Schema(description = "ACTIVE: delivering; PAUSED: not delivering until resumed (see pausedReason)",
                    example = "ACTIVE", allowableValues = {"ACTIVE", "PAUSED"},
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String status,
            @Schema(description = "Why deliveries stopped", example = "the receiver answered 410 Gone")
            String pausedReason,
            @Schema(example = "2027-03-15T08:30:00Z") Instant pausedAt,
            @Schema(example = "2027-03-01T08:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant createdAt,
            @Schema(description = "Failed attempts in a row at the event now due (0 when all is well)", example = "0",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull int failedAttempts,
            @Schema(description = "Since when every attempt has failed", example = "2027-03-15T08:30:00Z")
            Instant failingSince,
            @Schema(description = "When the next attempt is due after a failure", example = "2027-03-15T08:30:10Z")
            Instant nextAttemptAt,
            @Schema(description = "The last failure", example = "HTTP 503") String lastError,
            @Schema(example = "2027-03-15T08:29:58Z") Instant lastDeliveredAt,
            @Schema(description = "A replay under way") ReplayView replay,
            @Schema(description = "Until when the previous signing secret still signs (during a rotation)",
                    example = "2027-03-16T08:30:00Z") Instant previousSecretValidUntil) {
    }

    @Schema(description = "A replay under way: events the feed stored in [from, to), delivered again")
    public record ReplayView(
            @Schema(example = "2027-03-14T00:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant from,
            @Schema(example = "2027-03-15T00:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant to,
            @Schema(example = "2027-03-15T09:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant requestedAt) {
    }

    @Schema(description = "A subscription just created, with its signing secret (shown once; GET never shows it)")
    public record SubscriptionCreated(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull SubscriptionView subscription,
            @Schema(description = "The signing secret (Standard Webhooks: whsec_ and the base64 of the key)",
                    example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            String secret) {
    }

    @Schema(description = "A new signing secret; the previous one keeps signing (beside it) until previousValidUntil")
    public record SecretRotated(
            @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            String secret,
            @Schema(example = "2027-03-16T08:30:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            Instant previousValidUntil) {
    }

    @Schema(description = "Deliver again the events the feed stored in [from, to) (receivers see the same webhook-id)")
    public record ReplayRequest(
            @Schema(example = "2027-03-14T00:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant from,
            @Schema(example = "2027-03-15T00:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant to) {
    }

    @Schema(description = "One delivery attempt (投递记录)")
    public record DeliveryView(
            @Schema(example = "2027-03-15T08:30:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Instant at,
            @Schema(description = "The event's id (its webhook-id)", example = "0b4e7a52-1f0c-4d8e-9b41-2a7c3e5d6f10",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String eventId,
            @Schema(example = "survey.CommunityRegistered", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String type,
            @Schema(example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
            String subject,
            @Schema(description = "The attempt's number for this event", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull int attempt,
            @Schema(description = "Whether it was part of a replay", example = "false",
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull boolean replay,
            @Schema(description = "The receiver's HTTP status; absent when no answer came", example = "204")
            Integer status,
            @Schema(example = "DELIVERED", allowableValues = {"DELIVERED", "FAILED"},
                    requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String outcome,
            @Schema(description = "Why no answer came", example = "ConnectException") String error,
            @Schema(example = "12", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull long durationMs) {
    }

    @Schema(description = "An event type this service offers to other systems")
    public record EventTypeView(
            @Schema(example = "survey.CommunityRegistered", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String type,
            @Schema(example = "renewal.survey.community", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull String topic) {
    }
}
