package org.renewal.contracts.survey;

import java.math.BigDecimal;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.CommunityReserved} v1: an eligible community entered (or re-entered) the project
 * reserve library (项目储备库); also sent again when its urgency score changes while it is in.
 *
 * @param communityId   the community
 * @param districtCode  its district
 * @param streetCode    its street
 * @param programmeYear the programme year of the eligibility it entered on
 * @param outcome       {@code PRIORITY} or {@code BY_PROPORTION}
 * @param urgencyScore  urgency score, 0–100 with two decimals; higher is more urgent
 * @param buildYear     year built, for batches capped by the share of post-2000 communities
 * @param buildingCount buildings
 * @param households    households
 * @param floorArea     floor area m²
 * @param reason        why it entered: {@code ELIGIBLE} (automatic) or the reason given on readmission
 */
public record CommunityReserved(
        String communityId,
        String districtCode,
        String streetCode,
        int programmeYear,
        String outcome,
        BigDecimal urgencyScore,
        int buildYear,
        int buildingCount,
        int households,
        BigDecimal floorArea,
        String reason) implements EventPayload {

    public static final String TYPE = "survey.CommunityReserved";
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
        return SurveyTopics.COMMUNITY;
    }
}
