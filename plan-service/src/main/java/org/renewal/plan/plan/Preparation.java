package org.renewal.plan.plan;

import java.time.LocalDate;

/**
 * After approval: feasibility study (可研), project approval (立项) and tender preparation (招标准备).
 */
record Preparation(String feasibilityStudyNo, LocalDate feasibilityApprovedOn, String projectApprovalNo,
                   LocalDate projectApprovedOn, LocalDate tenderPreparedOn, String note) {
}
