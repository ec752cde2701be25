package org.renewal.contracts.governance;

/** Topics of governance-service's aggregates; the record key is the aggregate id. */
public final class GovernanceTopics {

    /** Events of a community's governance record (长效管理); the key is the community id. */
    public static final String COMMUNITY = "renewal.governance.community";

    private GovernanceTopics() {
    }
}
