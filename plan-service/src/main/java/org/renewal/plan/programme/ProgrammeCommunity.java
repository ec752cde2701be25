package org.renewal.plan.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One community in the programme read model: its place, its figures in the four units, its stage (the
 * furthest reached), urgency and what is late or open. Kept from events; never typed.
 */
@Document(ProgrammeCommunity.COLLECTION)
@CompoundIndex(name = "district_stage", def = "{'districtCode': 1, 'stage': 1}")
record ProgrammeCommunity(
        @Id String id,
        String name,
        String districtCode,
        String streetCode,
        Integer buildYear,
        Integer buildings,
        Integer households,
        BigDecimal floorArea,
        String eligibility,
        BigDecimal urgencyScore,
        Boolean reserved,
        Integer stageOrder,
        String planId,
        java.util.List<String> lateItems,
        java.util.List<String> openFindings,
        Boolean handedOver,
        Boolean managerEngaged,
        Integer batchYear,
        BigDecimal latitude,
        BigDecimal longitude,
        LocalDate startedOn,
        LocalDate acceptedOn,
        LocalDate handedOverOn,
        Map<String, Long> fundingPlanned,
        Map<String, Long> fundingPledged,
        Map<String, Long> fundingReceived,
        Map<String, LedgerMark> ledger,
        BigDecimal satisfaction,
        Integer satisfactionRespondents,
        Instant updatedAt) {

    static final String COLLECTION = "programme_communities";

    /**
     * A funding ledger entry seen for this community: its kind, channel and amount (fen), so that a
     * reversal can be undone by the exact figures of what it reverses, and an entry is counted once.
     */
    record LedgerMark(String kind, String channel, Long amount) {
    }


    /** Fields an event has not filled yet read as empty. */
    int order() {
        return stageOrder == null ? 0 : stageOrder;
    }

    int buildingCount() {
        return buildings == null ? 0 : buildings;
    }

    int householdCount() {
        return households == null ? 0 : households;
    }

    ProgrammeStage stage() {
        return ProgrammeStage.values()[Math.max(0, Math.min(order(), ProgrammeStage.values().length - 1))];
    }
}
