package org.renewal.governance.community;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An owners' vote of plan-service as governance received it ({@code plan.OwnerVoteClosed}): the record a decision
 * that needs the owners (engaging a property manager) is checked against. Areas in m², owners by head.
 */
@Document("owners_decisions")
record OwnersDecisionRecord(@Id String id, String communityId, String matter, boolean valid, boolean passed,
                            LocalDate closedOn, BigDecimal totalArea, int totalOwners, BigDecimal participatingArea,
                            int participatingOwners, BigDecimal yesArea, int yesOwners, long sourceVersion) {

    /** The matter of Civil Code art. 278 (四): 选聘和解聘物业服务企业或者其他管理人. */
    static final String HIRE_PROPERTY_MANAGEMENT = "HIRE_PROPERTY_MANAGEMENT";
}
