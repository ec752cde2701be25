package org.renewal.contracts.governance;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.GovernanceOpened} v1: a community's governance record opened when its plan was approved.
 *
 * @param communityId  the community
 * @param districtCode its district
 * @param streetCode   its street
 * @param planId       the approved plan
 */
public record GovernanceOpened(
        String communityId,
        String districtCode,
        String streetCode,
        String planId) implements EventPayload {

    public static final String TYPE = "governance.GovernanceOpened";
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
        return GovernanceTopics.COMMUNITY;
    }
}
