package org.renewal.plan.programme;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One event in a community's story; the id is the event id, so a redelivery adds nothing. */
@Document("community_timeline")
record TimelineEntry(@Id @Schema(example = "cb4b5b57-015b-452d-8a11-1ffe578236ff") String eventId,
                     @Indexed @Schema(example = "e12f6fe5-84a2-30c0-936a-09c1b5a71e38") String communityId,
                     @Schema(example = "survey.CommunityReserved") String type,
                     Instant occurredAt,
                     @Schema(description = "Order among the events of one aggregate written together", example = "3")
                     long sequence,
                     @Schema(description = "The request or flow that caused it") String correlationId,
                     @Schema(description = "Shown to residents (published parts of the story)") boolean published) {
}
