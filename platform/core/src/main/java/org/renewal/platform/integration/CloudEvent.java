package org.renewal.platform.integration;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

/**
 * One event as other systems receive it: a CloudEvents 1.0 event in the JSON format (structured mode), the same in
 * the change feed and in a webhook's body. The extension attributes name the event's place, its contract version,
 * the aggregate's version (apply only newer ones) and the flow that caused it. Optional attributes without a value
 * are written as JSON {@code null}, which the JSON format treats as absent.
 */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 event (JSON format). Webhooks send exactly this as "
        + "their body (application/cloudevents+json); the change feed lists them.")
public record CloudEvent(
        @Schema(description = "CloudEvents version", example = "1.0", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String specversion,
        @Schema(description = "The event's id, unique per event; also the webhook-id of its deliveries",
                example = "0b4e7a52-1f0c-4d8e-9b41-2a7c3e5d6f10", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String id,
        @Schema(description = "The service that published it", example = "urn:renewal:survey-service",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String source,
        @Schema(description = "The event type (docs/events.md)", example = "survey.CommunityRegistered",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String type,
        @Schema(description = "The aggregate it is about (a community, plan, project…): events of one subject "
                + "arrive in order", example = "c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String subject,
        @Schema(description = "When it happened (UTC)", example = "2027-03-15T08:30:00Z",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String time,
        @Schema(example = "application/json", requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        String datacontenttype,
        @Schema(description = "Extension: the contract version of data", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        int dataversion,
        @Schema(description = "Extension: the subject's version after this event, rising by one per event of the "
                + "subject: apply only a version above the one you hold", example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        long aggregateversion,
        @Schema(description = "Extension: the request or flow that caused it (X-Correlation-Id)",
                example = "5f0c2b9e-8d7a-4c3b-a1e2-9f8d7c6b5a40")
        String correlationid,
        @Schema(description = "Extension: 6-digit code of the district (区县) the event belongs to; absent for "
                + "city-wide facts", example = "220302")
        String district,
        @Schema(description = "Extension: 9-digit code of the street (街道); absent for district-wide facts",
                example = "220302001")
        String street,
        @Schema(description = "The contract payload (docs/events.md; free of personal data)", implementation = Object.class, types = {"object"},
                example = "{\"communityId\":\"c2f1a7e4-3b2d-4c55-9a10-6f0d2b8e1c01\",\"districtCode\":\"220302\","
                        + "\"streetCode\":\"220302001\",\"planId\":\"5d1c9e2a-4b3f-4a6e-8c7d-0e9f1a2b3c4d\"}",
                requiredMode = Schema.RequiredMode.REQUIRED) @NotNull
        JsonNode data) {
}
