package org.renewal.contracts.survey;

import org.renewal.contracts.EventPayload;

/**
 * {@code survey.CommunityRemovedFromReserve} v1: a community left the project reserve library.
 *
 * @param communityId the community
 * @param automatic   true when it left because it is no longer eligible; false when an office removed it
 * @param reason      the reason given, or {@code NO_LONGER_ELIGIBLE}
 */
public record CommunityRemovedFromReserve(String communityId, boolean automatic, String reason)
        implements EventPayload {

    public static final String TYPE = "survey.CommunityRemovedFromReserve";
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
