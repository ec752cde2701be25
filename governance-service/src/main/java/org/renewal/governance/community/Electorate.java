package org.renewal.governance.community;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.renewal.platform.rules.DomainException;

/**
 * The electorate of an owners' committee election (选举业主委员会, Civil Code art. 278 (三)): every owner of the
 * community — so the household roll of <b>every</b> building the community has — each owner once with the
 * exclusive areas of all their units summed (hundredths of m²). A community whose buildings are not known yet, or
 * one of whose buildings has no roll, has no electorate: electing its committee without those owners would decide
 * for them without them.
 */
final class Electorate {

    private Electorate() {
    }

    /**
     * @param buildings the community's buildings (null: not received from survey yet)
     * @param rolls     the household rolls received, one per building
     */
    static List<GovernanceParts.Elector> of(String communityId, List<String> buildings, List<HouseholdRoll> rolls) {
        if (buildings == null || buildings.isEmpty()) {
            throw DomainException.ruleViolated("COMMUNITY_BUILDINGS_UNKNOWN", communityId);
        }
        Set<String> withRoll = rolls.stream().filter(r -> r.households() != null && !r.households().isEmpty())
                .map(HouseholdRoll::buildingNumber).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(buildings);
        missing.removeAll(withRoll);
        if (!missing.isEmpty()) {
            throw DomainException.ruleViolated("ELECTORATE_INCOMPLETE", String.join(", ", missing), missing.size(),
                    buildings.size());
        }
        Map<String, long[]> areas = new LinkedHashMap<>();
        Map<String, List<String>> households = new LinkedHashMap<>();
        for (HouseholdRoll roll : rolls) {
            if (!buildings.contains(roll.buildingNumber())) {
                continue;
            }
            for (HouseholdRoll.Household h : roll.households()) {
                long centiares = h.exclusiveArea().movePointRight(2).setScale(0, RoundingMode.UNNECESSARY)
                        .longValueExact();
                areas.merge(h.ownerKey(), new long[] {centiares}, (a, b) -> new long[] {Math.addExact(a[0], b[0])});
                households.computeIfAbsent(h.ownerKey(), k -> new ArrayList<>()).add(h.householdId());
            }
        }
        List<GovernanceParts.Elector> electorate = new ArrayList<>();
        areas.forEach((key, area) -> electorate.add(new GovernanceParts.Elector(key, area[0],
                List.copyOf(households.get(key)))));
        return List.copyOf(electorate);
    }
}
