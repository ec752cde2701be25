package org.renewal.contracts.funding;

/** Topics of funding-service's aggregates; the record key is the aggregate id. */
public final class FundingTopics {

    /** Events of a project's funding plan and ledger (资金筹措); the key is the project id. */
    public static final String FUNDING = "renewal.funding.funding";

    private FundingTopics() {
    }
}
