package org.renewal.survey.community;

import java.math.BigDecimal;
import java.util.List;

/**
 * A building (楼栋) as stored. {@code households} and {@code entrances} are the effective counts: from
 * the household roll when the building has one, else as registered.
 *
 * @param number                building number, unique in the community (楼号)
 * @param floors                floors above ground (层数)
 * @param registeredEntrances   entrances (单元数) as registered
 * @param registeredHouseholds  households (户数) as registered
 * @param floorArea             floor area m² (建筑面积)
 * @param hasElevator           whether it has an elevator (是否有电梯)
 * @param entrances             effective entrances
 * @param households            effective households
 * @param rolled                whether the building has a household roll (kept beside it for list reads)
 * @param roll                  the household roll (户册), empty when none; excluded from list reads
 */
record Building(String number, Integer floors, Integer registeredEntrances, int registeredHouseholds,
                BigDecimal floorArea, boolean hasElevator, Integer entrances, int households, boolean rolled,
                List<Household> roll, long rollVersion) {

    static Building registered(String number, Integer floors, Integer entrances, int households, BigDecimal floorArea,
                               boolean hasElevator) {
        return new Building(number, floors, entrances, households, floorArea, hasElevator, entrances, households,
                false, List.of(), 0);
    }

    boolean hasRoll() {
        return rolled;
    }

    /**
     * The same building with a new roll (its roll version one on, the roll's own ETag); an empty roll brings back the
     * registered counts.
     */
    Building withRoll(List<Household> newRoll) {
        return rolled(newRoll, rollVersion + 1);
    }

    private Building rolled(List<Household> newRoll, long version) {
        if (newRoll.isEmpty()) {
            return new Building(number, floors, registeredEntrances, registeredHouseholds, floorArea, hasElevator,
                    registeredEntrances, registeredHouseholds, false, List.of(), version);
        }
        int rollEntrances = (int) newRoll.stream().map(Household::entrance).distinct().count();
        return new Building(number, floors, registeredEntrances, registeredHouseholds, floorArea, hasElevator,
                rollEntrances, newRoll.size(), true, List.copyOf(newRoll), version);
    }

    /** Registered data replaced, the roll (and the counts it derives, and its version) kept. */
    Building withRegistered(Building registered) {
        Building updated = new Building(number, registered.floors, registered.registeredEntrances,
                registered.registeredHouseholds, registered.floorArea, registered.hasElevator,
                registered.registeredEntrances, registered.registeredHouseholds, false, List.of(), rollVersion);
        return hasRoll() ? updated.rolled(roll, rollVersion) : updated;
    }
}
