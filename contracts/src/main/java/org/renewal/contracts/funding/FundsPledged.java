package org.renewal.contracts.funding;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.FundsPledged} v1: a payer pledged an amount to a project (a ledger entry).
 *
 * @param projectId the project
 * @param entryId   the ledger entry
 * @param channel   the funding channel code
 * @param payer     the payer
 * @param amount    fen
 * @param date      value date
 */
public record FundsPledged(
        String projectId,
        String entryId,
        String channel,
        String payer,
        long amount,
        LocalDate date) implements EventPayload {

    public static final String TYPE = "funding.FundsPledged";
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
