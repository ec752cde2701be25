package org.renewal.survey.transfer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of the register sheet, in order. A header cell may hold the English key, the Chinese
 * label, or both ("小区名称 name" as exported).
 */
enum RegisterColumns {
    DISTRICT_CODE("districtCode", "区县代码"),
    STREET_CODE("streetCode", "街道代码"),
    COMMITTEE_CODE("committeeCode", "社区代码"),
    NAME("name", "小区名称"),
    ADDRESS("address", "地址"),
    LATITUDE("latitude", "纬度"),
    LONGITUDE("longitude", "经度"),
    BUILD_YEAR("buildYear", "建成年份"),
    PROPERTY_RIGHT("propertyRight", "产权性质"),
    MANAGEMENT_STATUS("managementStatus", "物业管理状况"),
    LAST_RENOVATION_YEAR("lastRenovationYear", "最近综合改造年份"),
    IN_DEMOLITION_PLAN("inDemolitionPlan", "纳入征迁计划"),
    FACILITY_DEFICIENCIES("facilityDeficiencies", "设施缺失项"),
    BUILDING_NUMBER("buildingNumber", "楼号"),
    FLOORS("floors", "层数"),
    ENTRANCES("entrances", "单元数"),
    HOUSEHOLDS("households", "户数"),
    FLOOR_AREA("floorArea", "建筑面积"),
    HAS_ELEVATOR("hasElevator", "有电梯");

    private static final Map<String, RegisterColumns> BY_NAME = Stream.of(values())
            .flatMap(c -> Stream.of(Map.entry(c.key.toLowerCase(Locale.ROOT), c), Map.entry(c.zh, c)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    final String key;
    final String zh;

    RegisterColumns(String key, String zh) {
        this.key = key;
        this.zh = zh;
    }

    String header() {
        return zh + " " + key;
    }

    static List<String> headers() {
        return Stream.of(values()).map(RegisterColumns::header).toList();
    }

    /** The column a header cell names, trying each word of it. */
    static Optional<RegisterColumns> of(String headerCell) {
        if (headerCell == null) {
            return Optional.empty();
        }
        return Stream.of(headerCell.strip().split("[\\s()（）/]+"))
                .map(word -> BY_NAME.get(word.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    static Map<String, RegisterColumns> byKey() {
        return Stream.of(values()).collect(Collectors.toMap(c -> c.key, Function.identity()));
    }
}
