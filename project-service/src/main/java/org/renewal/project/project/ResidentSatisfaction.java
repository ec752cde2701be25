package org.renewal.project.project;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * From governance-service ({@code governance.SatisfactionPublished}): the residents' published satisfaction
 * evaluation (效果共评) of a community — what the city evaluation's satisfaction part is taken from.
 */
@Document("resident_satisfaction")
record ResidentSatisfaction(@Id String communityId, int households, int respondents, BigDecimal overall,
                            long sourceVersion) {
}
