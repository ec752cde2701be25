package org.renewal.contracts.funding;

/**
 * Funding channels (资金渠道): whoever benefits, contributes (谁受益、谁出资). The codes travel in events
 * (a plan's planned sources, the funding ledger); the labels are for people.
 */
public enum FundingChannel {
    RESIDENTS("居民出资", "Residents' contributions"),
    ORIGINAL_PROPERTY_UNIT("原产权单位出资", "Original property-right unit"),
    UTILITY_OPERATOR("管线单位出资", "Utility operators"),
    SOCIAL_CAPITAL("社会资本", "Social capital"),
    GOVERNMENT_CENTRAL("中央财政", "Central government"),
    GOVERNMENT_PROVINCIAL("省级财政", "Provincial government"),
    GOVERNMENT_CITY("市级财政", "City government"),
    GOVERNMENT_DISTRICT("区级财政", "District government"),
    MAINTENANCE_FUND("住宅专项维修资金", "Housing maintenance fund"),
    REWARD_INSTEAD_OF_SUBSIDY("以奖代补", "Reward instead of subsidy");

    private final String labelZh;
    private final String labelEn;

    FundingChannel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
