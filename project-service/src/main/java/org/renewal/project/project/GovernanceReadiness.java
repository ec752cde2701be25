package org.renewal.project.project;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** From governance-service: the community has an owners' committee or a self-governance group. */
@Document("governance_readiness")
record GovernanceReadiness(@Id String communityId, String body, LocalDate since, long sourceVersion) {
}
