package org.renewal.contracts.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.renewal.contracts.EventPayload;

/**
 * {@code plan.PlanApproved} v1: the city office approved a community plan (方案批复). Carries what the
 * construction project and the funding plan start from: the items with quantities, costs and schedule,
 * the planned funding per channel and payer, and what the plan covers.
 *
 * @param planId            the plan (also the key of the project and the funding plan built from it)
 * @param communityId       its community
 * @param communityName     the community name
 * @param districtCode      the district
 * @param streetCode        the street
 * @param revision          the approved revision
 * @param items             the plan items
 * @param totalCost         the cost estimate in fen (分); the planned funding adds up to it exactly
 * @param funding           planned sources by channel and payer, in fen
 * @param buildings         building numbers the plan covers
 * @param households        households of those buildings
 * @param floorArea         floor area of those buildings, m²
 */
public record PlanApproved(
        String planId,
        String communityId,
        String communityName,
        String districtCode,
        String streetCode,
        int revision,
        List<Item> items,
        long totalCost,
        List<Source> funding,
        List<String> buildings,
        int households,
        BigDecimal floorArea) implements EventPayload {

    /**
     * One plan item: a menu item for a scope (whole community when both lists are empty; buildings; or
     * one entrance for an elevator), its quantity, unit cost and cost in fen, and its planned dates.
     */
    public record Item(String lineId, String code, String labelZh, BigDecimal quantity, String unit, long unitCost,
                       long cost, List<String> buildings, List<Entrance> entrances, LocalDate plannedStart,
                       LocalDate plannedFinish) {
    }

    /** A building entrance (单元). */
    public record Entrance(String building, String entrance) {
    }

    /**
     * A planned funding source: channel code ({@code FundingChannel}), the payer (a named unit, operator,
     * investor or government level), the utility for a utility operator, and the amount in fen.
     */
    public record Source(String channel, String payer, String utility, long amount) {
    }

    public static final String TYPE = "plan.PlanApproved";
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
        return PlanTopics.PLAN;
    }
}
