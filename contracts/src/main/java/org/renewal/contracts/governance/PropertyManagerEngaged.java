package org.renewal.contracts.governance;

import java.time.LocalDate;

import org.renewal.contracts.EventPayload;

/**
 * {@code governance.PropertyManagerEngaged} v1: the community engaged its property management after renovation.
 *
 * @param communityId      the community
 * @param mode             {@code RED_PROPERTY} (红色物业), {@code ORIGINAL_UNIT} or {@code SELF_MANAGEMENT}
 * @param company          the company, if any
 * @param creditCode       its unified social credit code, if any
 * @param contractStart    contract start
 * @param contractEnd      contract end
 * @param earlyInvolvement took part in the renovation from the start (提前介入)
 */
public record PropertyManagerEngaged(
        String communityId,
        String mode,
        String company,
        String creditCode,
        LocalDate contractStart,
        LocalDate contractEnd,
        boolean earlyInvolvement) implements EventPayload {

    public static final String TYPE = "governance.PropertyManagerEngaged";
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
