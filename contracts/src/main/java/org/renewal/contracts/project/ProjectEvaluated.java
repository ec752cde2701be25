package org.renewal.contracts.project;

import java.math.BigDecimal;

import org.renewal.contracts.EventPayload;

/**
 * {@code project.ProjectEvaluated} v1: the city office's comprehensive evaluation (综合考评) of an accepted project; funding-service pays the
 * reward instead of subsidy (以奖代补) by grade.
 *
 * @param projectId    the project
 * @param communityId  the community
 * @param districtCode the district
 * @param score        weighted score 0–100, two decimals
 * @param grade        {@code EXCELLENT}, {@code GOOD}, {@code PASS} or {@code FAIL}
 */
public record ProjectEvaluated(
        String projectId,
        String communityId,
        String districtCode,
        BigDecimal score,
        String grade) implements EventPayload {

    public static final String TYPE = "project.ProjectEvaluated";
    public static final int VERSION = 1;

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int eventVersion() {
        return VERSION;
    }

    @Override
    public String topic() {
        return ProjectTopics.PROJECT;
    }
}
