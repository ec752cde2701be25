package org.renewal.contracts.funding;

import org.renewal.contracts.EventPayload;

/**
 * {@code funding.LedgerEntryReversed} v1: a ledger entry was corrected by a reversing entry (never edited).
 *
 * @param projectId the project
 * @param entryId   the reversing entry
 * @param reverses  the entry it reverses
 * @param kind      the kind of the reversed entry
 */
public record LedgerEntryReversed(
        String projectId,
        String entryId,
        String reverses,
        String kind) implements EventPayload {

    public static final String TYPE = "funding.LedgerEntryReversed";
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
