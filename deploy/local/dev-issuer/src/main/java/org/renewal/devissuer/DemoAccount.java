package org.renewal.devissuer;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo person: login name, role, and the scope claims the services enforce (district, street,
 * unit, community, household).
 */
record DemoAccount(String username, String role, String label, Map<String, String> claims) {

    /** Password of every demo account (development only). */
    static final String PASSWORD = "renewal";

    /**
     * The demo community 北山小区 (district 220302, street 220302001) as survey-service identifies a
     * community entered by import: a name-based UUID of its natural key. Import
     * {@code deploy/local/demo/register.csv} and the committee and resident below belong to it.
     */
    static final String DEMO_COMMUNITY = UUID.nameUUIDFromBytes("community:220302|220302001|北山小区"
            .getBytes(StandardCharsets.UTF_8)).toString();

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("district-tiexi", "DISTRICT_OFFICE", "铁西区旧改办", Map.of("district", "220302")),
            new DemoAccount("district-tiedong", "DISTRICT_OFFICE", "铁东区旧改办", Map.of("district", "220303")),
            new DemoAccount("city-office", "CITY_OFFICE", "市旧改办", Map.of("city", "220300")),
            new DemoAccount("housing-tiexi", "HOUSING_BUREAU", "铁西区住建局", Map.of("district", "220302")),
            new DemoAccount("finance-tiexi", "FINANCE", "铁西区财政局", Map.of("district", "220302")),
            new DemoAccount("finance-city", "FINANCE", "市财政局", Map.of("city", "220300")),
            new DemoAccount("street-tiexi", "STREET", "铁西区某街道", ordered("district", "220302", "street", "220302001")),
            new DemoAccount("unit-builder", "UNIT", "施工单位（示例）", ordered("district", "220302",
                    "unitId", "91220302MA0000000Q")),
            new DemoAccount("unit-supervisor", "UNIT", "监理单位（示例）", ordered("district", "220302",
                    "unitId", "91220302MA0000001U")),
            new DemoAccount("unit-designer", "UNIT", "设计单位（示例）", ordered("district", "220302",
                    "unitId", "91220302MA0000002Y")),
            new DemoAccount("committee-beishan", "OWNERS_COMMITTEE", "北山小区业委会", ordered("district", "220302",
                    "communityId", DEMO_COMMUNITY)),
            new DemoAccount("resident-beishan", "RESIDENT", "北山小区居民", ordered("district", "220302",
                    "communityId", DEMO_COMMUNITY, "householdId", "1-1-101")));

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** {@code street-<9-digit street code>}: the office of any street (its district: the code's first 6 digits). */
    private static final Pattern STREET = Pattern.compile("street-(\\d{9})");

    /** {@code committee-<district>-<community id>}: the owners' committee of any community (development only). */
    private static final Pattern COMMITTEE = Pattern.compile("committee-(\\d{6})-([0-9a-f-]{36})");

    /** {@code resident-<district>-<community id>-<household id>}: a resident of any household. */
    private static final Pattern RESIDENT = Pattern.compile("resident-(\\d{6})-([0-9a-f-]{36})-([0-9A-Za-z-]{1,40})");

    /**
     * A listed account, or one of the patterned accounts that let demos and journey tests act for the
     * owners' committee or a resident of a community registered at run time.
     */
    static DemoAccount byUsername(String username) {
        DemoAccount listed = ALL.stream().filter(a -> a.username().equals(username)).findFirst().orElse(null);
        if (listed != null || username == null) {
            return listed;
        }
        Matcher street = STREET.matcher(username);
        if (street.matches()) {
            return new DemoAccount(username, "STREET", "街道办（示例）", ordered("district", street.group(1).substring(0, 6),
                    "street", street.group(1)));
        }
        Matcher committee = COMMITTEE.matcher(username);
        if (committee.matches()) {
            return new DemoAccount(username, "OWNERS_COMMITTEE", "业委会（示例）", ordered("district", committee.group(1),
                    "communityId", committee.group(2)));
        }
        Matcher resident = RESIDENT.matcher(username);
        if (resident.matches()) {
            return new DemoAccount(username, "RESIDENT", "居民（示例）", ordered("district", resident.group(1),
                    "communityId", resident.group(2), "householdId", resident.group(3)));
        }
        return null;
    }
}
