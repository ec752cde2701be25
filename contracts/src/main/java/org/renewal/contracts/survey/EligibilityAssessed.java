package org.renewal.contracts.survey;

import java.math.BigDecimal;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.EligibilityAssessed} v1: a community's eligibility for renovation (改造范围) was
 * assessed for a programme year and the outcome or its reasons changed.
 *
 * @param communityId    the community
 * @param districtCode   its district
 * @param streetCode     its street
 * @param programmeYear  the programme year the assessment is for
 * @param outcome        {@code PRIORITY} (优先改造), {@code BY_PROPORTION} (按比例改造) or {@code NOT_ELIGIBLE}
 * @param clauses        each clause with whether it held
 * @param urgencyScore   the urgency score (0–100, two decimals) that orders the reserve
 */
public record EligibilityAssessed(
        String communityId,
        String districtCode,
        String streetCode,
        int programmeYear,
        String outcome,
        List<Clause> clauses,
        BigDecimal urgencyScore) implements EventPayload {

    public static final String TYPE = "survey.EligibilityAssessed";
    public static final int VERSION = 1;

    /** One clause of the rule: its code (e.g. {@code BUILT_BY_2000}) and whether it held. */
    public record Clause(String code, boolean held) {
    }

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
        return SurveyTopics.COMMUNITY;
    }
}
