package org.renewal.e2e;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Takes one community from registration as far as a chosen stage, through the gateway, each step by
 * the role that owns it (DOMAIN.md, Lifecycle): the district office registers and plans, the street
 * keeps the household rolls and records the owners' ballots, the city office approves and evaluates,
 * finance moves money, the units build, design and supervise, the housing bureau convenes the
 * acceptance, the owners' committee signs it, residents evaluate, the street forms self-governance and
 * engages the property manager. Waits for read models between steps, as a front end would.
 */
public final class Journey {

    /** Where a community's journey stops. */
    public enum Stage {
        RESERVED, PLANNED, APPROVED, UNDER_CONSTRUCTION, ACCEPTED, EVALUATED, HANDED_OVER, LONG_TERM_MANAGEMENT
    }

    /** A building to register: number, floors, entrances, households, floor area m². */
    public record BuildingSpec(String number, int floors, int entrances, int households, BigDecimal floorArea) {
    }

    /** A community to register. */
    public record Site(String name, String districtCode, String streetCode, String committeeCode, double latitude,
                       double longitude, int buildYear, List<BuildingSpec> buildings) {

        public int households() {
            return buildings.stream().mapToInt(BuildingSpec::households).sum();
        }
    }

    static final Duration WAIT = Duration.ofSeconds(60);
    /** Residents who answer the satisfaction evaluation per community (of its first building). */
    static final int MAX_RESPONDENTS = 20;
    private static final String DISTRICT = "district-tiexi";
    private static final String CITY = "city-office";
    private static final String HOUSING = "housing-tiexi";
    private static final String FINANCE = "finance-tiexi";
    private static final String BUILDER = "unit-builder";
    private static final String SUPERVISOR = "unit-supervisor";
    private static final String DESIGNER = "unit-designer";

    private final SuiteClient api;
    /** The street office of the community being taken (patterned demo account {@code street-<code>}). */
    private final ThreadLocal<String> street = new ThreadLocal<>();
    /** The journey's "today": dates of every step count back from it (a sample programme spreads them). */
    private final LocalDate today;

    public Journey(SuiteClient api) {
        this(api, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }

    public Journey(SuiteClient api, LocalDate today) {
        this.api = api;
        this.today = today;
    }

    /** What the journey did: the community, its plan (= project) id, and how far it went. */
    public record Result(String communityId, String planId, Stage reached, long totalCost) {
    }

    public Result run(Site site, Stage until, boolean late) {
        return advance(prepare(site), site, until, late);
    }

    /** Registration (登记造册) and the household rolls: the community is then in the reserve. */
    public String prepare(Site site) {
        street.set("street-" + site.streetCode());
        String community = register(site);
        rolls(community, site);
        return community;
    }

    /** From the reserve to the stage {@code until}; {@code late}: the plan's milestones are already past due. */
    public Result advance(String community, Site site, Stage until, boolean late) {
        street.set("street-" + site.streetCode());
        String streetOffice = street.get();
        if (until == Stage.RESERVED) {
            return new Result(community, null, until, 0);
        }
        vote(community, "RENOVATION", "改造方案业主表决");
        String plan = api.post(DISTRICT, "/api/plan/plans", Map.of("communityId", community)).ok("open plan").json()
                .get("id").asString();
        long cost = content(plan, site, community, late);
        api.call(DISTRICT, "POST", "/api/plan/plans/" + plan + "/submission", null, Map.of("If-Match", "\"1\""))
                .ok("submit plan");
        if (until == Stage.PLANNED) {
            return new Result(community, plan, until, cost);
        }
        api.call(CITY, "POST", "/api/plan/plans/" + plan + "/approval", null, Map.of("If-Match", "\"2\""))
                .ok("approve plan");
        String project = "/api/project/projects/" + plan;
        api.await("project of " + site.name(), WAIT, () -> api.get(DISTRICT, project), r -> r.status() == 200);
        if (until == Stage.APPROVED) {
            return new Result(community, plan, until, cost);
        }
        tender(project, "CONTRACTOR", "吉林省某建筑工程有限公司", "91220302MA0000000Q", cost * 80 / 100);
        tender(project, "SUPERVISION", "四平市某监理公司", "91220302MA0000001U", cost * 3 / 100);
        tender(project, "DESIGN", "某设计院", "91220302MA0000002Y", cost * 2 / 100);
        api.post(DISTRICT, project + "/start", Map.of("startedOn", today.minusDays(120).toString())).ok("start");
        fund(plan, cost);
        JsonNode items = api.get(BUILDER, project).ok("project").json().get("items");
        if (until == Stage.UNDER_CONSTRUCTION) {
            api.post(BUILDER, project + "/items/" + items.get(0).get("lineId").asString() + "/progress",
                    Map.of("percent", 40, "actualStart", today.minusDays(110).toString())).ok("progress");
            return new Result(community, plan, until, cost);
        }
        for (JsonNode item : items) {
            api.post(BUILDER, project + "/items/" + item.get("lineId").asString() + "/progress", Map.of("percent", 100,
                    "actualStart", today.minusDays(110).toString(), "actualFinish", today.minusDays(10).toString(),
                    "note", "完工")).ok("progress");
        }
        api.post(HOUSING, project + "/acceptances", Map.of("date", today.minusDays(5).toString())).ok("acceptance");
        String committee = "committee-" + site.districtCode() + "-" + community;
        Map<String, Object> yes = Map.of("passed", true, "remarks", "同意");
        for (String[] party : new String[][] {{"STREET", streetOffice}, {"COMMUNITY", streetOffice}, {"OWNERS", committee},
                {"DESIGN", DESIGNER}, {"SUPERVISION", SUPERVISOR}, {"CONTRACTOR", BUILDER}}) {
            api.put(party[1], project + "/acceptances/1/signatures/" + party[0], yes).ok("signature " + party[0]);
        }
        api.await("acceptance of " + site.name(), WAIT, () -> api.get(DISTRICT, project),
                r -> "ACCEPTED".equals(r.json().get("stage").asString()));
        satisfaction(community, site);
        if (until == Stage.ACCEPTED) {
            return new Result(community, plan, until, cost);
        }
        // the satisfaction part is the residents' published result: the city office confirms it by leaving it out
        api.await("residents' satisfaction in project-service", WAIT, () -> api.get(CITY, project
                + "/resident-satisfaction"), r -> r.status() == 200);
        api.post(CITY, project + "/evaluation", Map.of("quality", 93, "schedule", 88, "cost", 85,
                "remarks", "效果良好")).ok("evaluation");
        if (until == Stage.EVALUATED) {
            return new Result(community, plan, until, cost);
        }
        String governance = "/api/governance/communities/" + community;
        api.await("governance record of " + site.name(), WAIT, () -> api.get(streetOffice, governance), r -> r.status() == 200);
        api.put(streetOffice, governance + "/self-governance-group", Map.of("formedOn", today.minusDays(60).toString(),
                "members", List.of(Map.of("name", "刘桂芝", "position", "组长"), Map.of("name", "王强", "position", "副组长"),
                        Map.of("name", "赵敏", "position", "组员")))).ok("self-governance group");
        api.await("governance ready in project-service", WAIT, () -> api.post(DISTRICT, project + "/handover",
                Map.of("handedOverOn", today.toString(), "note", "移交街道、社区日常维护")), r -> r.status() < 300);
        if (until == Stage.HANDED_OVER) {
            return new Result(community, plan, until, cost);
        }
        // the owners decide on the property manager (民法典 第278条 (四)); governance checks that vote
        String hire = vote(community, "HIRE_PROPERTY_MANAGEMENT", "选聘物业服务企业业主表决");
        api.await("the owners' decision in governance-service", WAIT, () -> api.get(streetOffice, governance
                + "/owners-decisions"), r -> r.status() == 200 && r.body().contains(hire));
        api.put(streetOffice, governance + "/property-manager", Map.of("mode", "RED_PROPERTY", "company", "四平市红心物业服务有限公司",
                "creditCode", "91220302MA0000000Q", "contractStart", today.toString(),
                "contractEnd", today.plusYears(3).toString(), "earlyInvolvement", true, "monthlyFeePerM2", 50,
                "ownersDecision", Map.of("voteId", hire, "description", "业主共同决定选聘红心物业")))
                .ok("property manager");
        return new Result(community, plan, Stage.LONG_TERM_MANAGEMENT, cost);
    }

    private String register(Site site) {
        return api.post(DISTRICT, "/api/survey/communities", registration(site)).ok("register " + site.name()).json()
                .get("id").asString();
    }

    /** The district's registration of {@code site} (POST /api/survey/communities). */
    public static Map<String, Object> registration(Site site) {
        List<Map<String, Object>> buildings = new ArrayList<>();
        for (BuildingSpec b : site.buildings()) {
            buildings.add(Map.of("number", b.number(), "floors", b.floors(), "entrances", b.entrances(),
                    "households", b.households(), "floorArea", b.floorArea(), "hasElevator", false));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", site.name());
        body.put("districtCode", site.districtCode());
        body.put("streetCode", site.streetCode());
        body.put("committeeCode", site.committeeCode());
        body.put("address", "四平市铁西区" + site.name());
        body.put("location", Map.of("latitude", site.latitude(), "longitude", site.longitude()));
        body.put("buildYear", site.buildYear());
        body.put("propertyRight", "REFORMED_PUBLIC_HOUSING");
        body.put("managementStatus", "NONE");
        body.put("inDemolitionPlan", false);
        body.put("facilityDeficiencies", List.of("ROOF_LEAKING", "STAIRWELL_LIGHTING_MISSING", "ROADS_DAMAGED"));
        body.put("buildings", buildings);
        return body;
    }

    /** The street sets every building's household roll (户册); households are {@code building-entrance-room}. */
    private void rolls(String community, Site site) {
        String streetOffice = street.get();
        String path = "/api/survey/communities/" + community;
        for (BuildingSpec b : site.buildings()) {
            List<Map<String, Object>> households = new ArrayList<>();
            for (String id : households(b)) {
                String[] part = id.split("-");
                int room = Integer.parseInt(part[2]);
                BigDecimal area = b.floorArea().divide(BigDecimal.valueOf(b.households()), 2, java.math.RoundingMode.DOWN);
                households.add(Map.of("entrance", part[1], "floor", room / 100, "room", part[2], "exclusiveArea", area,
                        "owner", Map.of("name", "业主" + id, "phone", phone(community, id))));
            }
            String roll = path + "/buildings/" + b.number() + "/households";
            String etag = api.get(streetOffice, roll).ok("roll").etag();
            api.call(streetOffice, "PUT", roll, Map.of("households", households), Map.of("If-Match", etag))
                    .ok("roll of building " + b.number());
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        site.buildings().forEach(b -> expected.put(b.number(), b.households()));
        api.await("plan-service to have the rolls of " + site.name(), WAIT, () -> api.get(DISTRICT,
                "/api/plan/communities/" + community), r -> {
                    if (r.status() != 200 || !"RESERVED".equals(r.json().get("reserveStatus").asString())) {
                        return false;
                    }
                    Map<String, Integer> received = new LinkedHashMap<>();
                    r.json().get("rolls").forEach(roll -> received.put(roll.get("buildingNumber").asString(),
                            roll.get("households").asInt()));
                    return received.equals(expected);
                });
    }

    static List<String> households(BuildingSpec b) {
        List<String> ids = new ArrayList<>();
        int perEntrance = (b.households() + b.entrances() - 1) / b.entrances();
        int perFloor = Math.max(1, (perEntrance + b.floors() - 1) / b.floors());
        int n = 0;
        for (int e = 1; e <= b.entrances() && n < b.households(); e++) {
            for (int i = 0; i < perEntrance && n < b.households(); i++, n++) {
                ids.add(b.number() + "-" + e + "-" + ((i / perFloor + 1) * 100 + i % perFloor + 1));
            }
        }
        return ids;
    }

    private static String phone(String community, String household) {
        long h = Math.abs((long) (community + household).hashCode()) % 100_000_000L;
        return "139" + String.format("%08d", h);
    }

    /**
     * An owners' vote of the whole community (民法典 第278条) on {@code matter}: the street records every owner's paper
     * ballot, all in favour. Returns the vote's id.
     */
    private String vote(String community, String matter, String title) {
        String streetOffice = street.get();
        JsonNode vote = api.post(streetOffice, "/api/plan/votes", Map.of("communityId", community, "matter", matter,
                "title", title)).ok("open vote").json();
        String id = vote.get("id").asString();
        for (JsonNode building : api.get(DISTRICT, "/api/plan/communities/" + community).json().get("buildings")) {
            String number = building.get("number").asString();
            for (JsonNode h : api.get(streetOffice, "/api/survey/communities/" + community + "/buildings/" + number
                    + "/households").ok("roll").json().get("roll")) {
                api.put(streetOffice, "/api/plan/votes/" + id + "/ballots/" + h.get("householdId").asString(),
                        Map.of("choice", "YES")).ok("ballot");
            }
        }
        JsonNode closed = api.post(streetOffice, "/api/plan/votes/" + id + "/closing", null).ok("close vote").json();
        if (!closed.get("result").get("passed").asBoolean()) {
            throw new IllegalStateException("the vote did not pass: " + closed);
        }
        return id;
    }

    /**
     * The elevator vote of one entrance (加装电梯 is decided by the owners of that entrance, 民法典 第278条: ≥ 3/4 of the
     * participating area and owners): the street records each of its owners' paper ballots, all in favour.
     */
    private String entranceVote(String community, String building, String entrance) {
        String streetOffice = street.get();
        String id = api.post(streetOffice, "/api/plan/votes", Map.of("communityId", community, "matter",
                "ELEVATOR_RETROFIT", "title", building + "号楼" + entrance + "单元加装电梯", "buildingNumber", building,
                "entrance", entrance)).ok("open elevator vote").json().get("id").asString();
        for (JsonNode h : api.get(streetOffice, "/api/survey/communities/" + community + "/buildings/" + building
                + "/households").ok("roll").json().get("roll")) {
            if (entrance.equals(h.get("entrance").asString())) {
                api.put(streetOffice, "/api/plan/votes/" + id + "/ballots/" + h.get("householdId").asString(),
                        Map.of("choice", "YES")).ok("elevator ballot");
            }
        }
        JsonNode closed = api.post(streetOffice, "/api/plan/votes/" + id + "/closing", null).ok("close elevator vote")
                .json();
        if (!closed.get("result").get("passed").asBoolean()) {
            throw new IllegalStateException("the elevator vote did not pass: " + closed);
        }
        return id;
    }

    /**
     * Roof waterproofing over the whole community, stairwell lighting per building and an elevator pilot (加装电梯) for
     * entrance 1 of the first building — on the records the seed's four conditions need: the owners of that entrance
     * vote for it, the inspection report and the assessment are named, and the funding covers the cost — funded
     * 80 / 20.
     */
    private long content(String plan, Site site, String community, boolean late) {
        Map<String, Long> unitCost = new LinkedHashMap<>();
        for (JsonNode item : api.get(DISTRICT, "/api/plan/menu-items").ok("menu").json()) {
            unitCost.put(item.get("code").asString(), item.get("unitCost").asLong());
        }
        long roof = site.buildings().stream().map(BuildingSpec::floorArea).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(5), 0, java.math.RoundingMode.DOWN).longValue();
        long lights = site.buildings().stream().mapToLong(b -> (long) b.entrances() * b.floors()).sum();
        String building = site.buildings().get(0).number();
        String elevatorVote = entranceVote(community, building, "1");
        long cost = roof * unitCost.get("ROOF_WATERPROOFING") + lights * unitCost.get("STAIRWELL_LIGHTING")
                + unitCost.get("ELEVATOR_RETROFIT");
        long government = cost * 80 / 100;
        LocalDate start = today.minusDays(120);
        LocalDate finish = late ? today.minusDays(20) : today.plusDays(120);
        Map<String, Object> body = Map.of(
                "items", List.of(
                        Map.of("code", "ROOF_WATERPROOFING", "quantity", roof, "plannedStart", start.toString(),
                                "plannedFinish", finish.toString()),
                        Map.of("code", "STAIRWELL_LIGHTING", "quantity", lights, "plannedStart", start.toString(),
                                "plannedFinish", finish.toString()),
                        Map.of("code", "ELEVATOR_RETROFIT", "quantity", 1, "entrances",
                                List.of(Map.of("building", building, "entrance", "1")),
                                "plannedStart", start.toString(), "plannedFinish", finish.toString(),
                                "elevatorPilot", Map.of("ownersVoteId", elevatorVote,
                                        "safetyReportNumber", "铁西房检〔" + today.getYear() + "〕" + building + "号",
                                        "safetyInspectedOn", today.minusDays(200).toString(),
                                        "conditionsAssessmentReference", "铁西住建评〔" + today.getYear() + "〕" + building + "号",
                                        "conditionsAssessedOn", today.minusDays(190).toString()))),
                "funding", List.of(Map.of("channel", "GOVERNMENT_DISTRICT", "amount", government),
                        Map.of("channel", "RESIDENTS", "amount", cost - government)));
        api.call(DISTRICT, "PUT", "/api/plan/plans/" + plan + "/content", body, Map.of("If-Match", "\"0\""))
                .ok("plan content");
        return cost;
    }

    private void tender(String project, String role, String name, String creditCode, long amount) {
        api.post(DISTRICT, project + "/tenders", Map.of("role", role, "method", "OPEN",
                "tenderDate", today.minusDays(150).toString(), "unit", Map.of("name", name, "creditCode", creditCode,
                        "contact", "王工"), "contractAmount", amount, "contractNo", "HT-" + role)).ok("tender " + role);
    }

    /** Finance pledges every planned source in full and receives all of the government's and half of the rest. */
    private void fund(String plan, long cost) {
        String path = "/api/funding/funding-plans/" + plan;
        JsonNode funding = api.await("funding plan", WAIT, () -> api.get(FINANCE, path), r -> r.status() == 200);
        for (JsonNode source : funding.get("sources")) {
            String key = source.get("key").asString();
            long planned = source.get("planned").asLong();
            if (planned == 0) {
                continue;
            }
            move(path + "/pledges", "pledge-" + plan + key, key, planned);
            move(path + "/receipts", "receipt-" + plan + key, key, key.startsWith("GOVERNMENT") ? planned : planned / 2);
        }
    }

    private void move(String path, String idempotencyKey, String source, long amount) {
        api.call(FINANCE, "POST", path, Map.of("source", source, "amount", amount, "date", today.minusDays(100).toString(),
                "memo", "journey"), Map.of("Idempotency-Key", java.util.UUID.nameUUIDFromBytes(
                idempotencyKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())).ok("funds " + path);
    }

    /** Residents of the first building evaluate (效果共评); the street closes and publishes the results. */
    private void satisfaction(String community, Site site) {
        String streetOffice = street.get();
        String governance = "/api/governance/communities/" + community;
        api.await("satisfaction open", WAIT, () -> api.get(streetOffice, governance),
                r -> r.status() == 200 && r.json().get("satisfactionOpen").asBoolean());
        int score = 3;
        List<String> respondents = households(site.buildings().get(0));
        for (String household : respondents.subList(0, Math.min(respondents.size(), MAX_RESPONDENTS))) {
            String resident = "resident-" + site.districtCode() + "-" + community + "-" + household;
            api.put(resident, governance + "/satisfaction/answers/" + household, Map.of("scores",
                    Map.of("HOUSING_FUNCTION", score, "INFRASTRUCTURE", 5), "overall", score)).ok("satisfaction answer");
            score = score == 5 ? 4 : 5;
        }
        api.post(streetOffice, governance + "/satisfaction/closing", null).ok("close satisfaction");
    }
}
