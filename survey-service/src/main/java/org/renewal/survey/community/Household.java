package org.renewal.survey.community;

import java.math.BigDecimal;

/**
 * A household (户) of a building's roll.
 *
 * @param householdId   {@code <building>-<entrance>-<room>}, stable within the community
 * @param entrance      entrance / unit (单元)
 * @param floor         floor (楼层)
 * @param room          room number (房号)
 * @param exclusiveArea exclusive floor area m² (专有部分面积)
 * @param owner         the owner (业主); personal data, never in events
 */
record Household(String householdId, String entrance, int floor, String room, BigDecimal exclusiveArea, Owner owner) {

    static String id(String building, String entrance, String room) {
        return building + "-" + entrance + "-" + room;
    }

    /**
     * An owner. {@code key} is a keyed hash of the ID-card number (or of name and phone when there is
     * none): equal for every unit one owner holds, meaningless outside the suite.
     */
    record Owner(String name, String idNumber, String phone, String key) {
    }
}
