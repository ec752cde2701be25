package org.renewal.contracts.funding;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.FundsDisbursed} v1: money was paid to a participating unit under contract (a ledger entry).
 *
 * @param projectId  the project
 * @param entryId    the ledger entry
 * @param unitRole   the unit's role
 * @param creditCode the unit's credit code
 * @param amount     fen
 * @param date       value date
 */
public record FundsDisbursed(
        String projectId,
        String entryId,
        String unitRole,
        String creditCode,
        long amount,
        LocalDate date) implements EventPayload {

    public static final String TYPE = "funding.FundsDisbursed";
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
        return FundingTopics.FUNDING;
    }
}
