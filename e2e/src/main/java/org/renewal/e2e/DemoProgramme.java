package org.renewal.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.renewal.e2e.Journey.BuildingSpec;
import org.renewal.e2e.Journey.Site;
import org.renewal.e2e.Journey.Stage;
import tools.jackson.databind.JsonNode;

/**
 * The sample programme {@code ./run.sh --demo} loads: shaped like the seed's 2021 batch (24 communities,
 * 146 buildings, 9,120 households, 721,000 m²), with synthetic names marked 示例 (sample), spread over
 * every stage from the reserve to long-term management, in two streets of 铁西区 (220302). Everything
 * goes through the gateway's public API as the role that owns each step (see {@link Journey}); nothing
 * is written to a store directly. Loading again does nothing once the year's batch exists.
 *
 * <pre>java -cp 'deploy/local/target/lib/*' org.renewal.e2e.DemoProgramme [gateway] [issuer]</pre>
 */
public final class DemoProgramme {

    static final int COMMUNITIES = 24;
    static final int BUILDINGS = 146;
    static final int HOUSEHOLDS = 9_120;
    static final BigDecimal FLOOR_AREA = new BigDecimal("721000.00");

    private static final String[] NAMES = {"和平", "北苑", "南湖", "兴华", "红旗", "建设", "光明", "胜利", "站前", "新华",
        "铁西", "英雄", "民主", "团结", "友谊", "解放", "幸福", "朝阳", "向阳", "春城", "长青", "松林", "丰收", "东升"};

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoProgramme.class);

    private DemoProgramme() {
    }

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        URI issuer = URI.create(args.length > 1 ? args[1] : "http://localhost:9000");
        SuiteClient api = new SuiteClient(gateway, issuer);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        if (api.get("district-tiexi", "/api/plan/programme/years/" + year).status() == 200) {
            say("the sample programme of " + year + " is already loaded; nothing to do");
            return;
        }
        Instant started = Instant.now();
        List<Site> sites = sites();
        List<Stage> stages = stages();
        Journey journey = new Journey(api);

        say("registering " + COMMUNITIES + " sample communities (示例数据) with their household rolls…");
        List<String> ids = parallel(sites.stream().map(s -> (java.util.concurrent.Callable<String>) () -> journey.prepare(s))
                .toList());
        api.put("district-tiexi", "/api/plan/programme/years/" + year, Map.of("targets", Map.of("communities", COMMUNITIES,
                "buildings", BUILDINGS, "households", HOUSEHOLDS, "floorArea", FLOOR_AREA),
                "deadline", (year + 1) + "-07-31", "byProportionCapPercent", 20)).ok("programme year");
        api.await("the reserve in the programme model", Journey.WAIT, () -> api.get("district-tiexi",
                "/api/plan/programme/communities?stage=RESERVED&size=200"),
                r -> ids.stream().allMatch(r.body()::contains));
        JsonNode batch = api.post("district-tiexi", "/api/plan/programme/years/" + year + "/batch", null).ok("batch").json();
        say("programme " + year + ": batch of " + batch.get("batch").size() + " communities chosen from the reserve");
        facilities(api, sites);

        List<java.util.concurrent.Callable<String>> steps = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            int n = i;
            steps.add(() -> {
                // acceptances spread over the past months, so the burn-up climbs
                Journey spread = new Journey(api, LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(12L * (n % 8)));
                Journey.Result r = spread.advance(ids.get(n), sites.get(n), stages.get(n), n % 5 == 4);
                say(sites.get(n).name() + " → " + r.reached());
                return r.communityId();
            });
        }
        parallel(steps);
        say("sample programme loaded in " + Duration.between(started, Instant.now()).toSeconds() + " s: dashboard at "
                + gateway + "/dashboard (district-tiexi / renewal)");
    }

    /** Where each sample community's journey stops: every stage is represented. */
    static List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        int[] counts = {3, 2, 2, 6, 3, 2, 2, 4};
        Stage[] order = {Stage.RESERVED, Stage.PLANNED, Stage.APPROVED, Stage.UNDER_CONSTRUCTION, Stage.ACCEPTED,
            Stage.EVALUATED, Stage.HANDED_OVER, Stage.LONG_TERM_MANAGEMENT};
        for (int i = 0; i < order.length; i++) {
            for (int k = 0; k < counts[i]; k++) {
                stages.add(order[i]);
            }
        }
        return stages;
    }

    /**
     * 24 communities, 146 buildings (2 with 7, 22 with 6), 9,120 households (62 or 63 per building) and
     * exactly 721,000 m² (shared by households, the last building taking the rounding).
     */
    static List<Site> sites() {
        List<Site> sites = new ArrayList<>();
        int building = 0;
        BigDecimal assigned = BigDecimal.ZERO;
        for (int c = 0; c < COMMUNITIES; c++) {
            int count = c < 2 ? 7 : 6;
            List<BuildingSpec> specs = new ArrayList<>();
            for (int b = 1; b <= count; b++, building++) {
                int households = building < HOUSEHOLDS - 62 * BUILDINGS ? 63 : 62;
                BigDecimal area = building == BUILDINGS - 1 ? FLOOR_AREA.subtract(assigned)
                        : FLOOR_AREA.multiply(BigDecimal.valueOf(households))
                                .divide(BigDecimal.valueOf(HOUSEHOLDS), 2, RoundingMode.HALF_UP);
                assigned = assigned.add(area);
                specs.add(new BuildingSpec(String.valueOf(b), 6, 2, households, area));
            }
            // the first street lies north of 43.156°, the second south of it, inside the sample boundaries the
            // dashboard ships (gateway static/dashboard/places.geojson)
            String street = c % 2 == 0 ? "220302001" : "220302002";
            double lat = c % 2 == 0 ? 43.159 + 0.0012 * ((c * 7) % 24) : 43.128 + 0.0011 * ((c * 7) % 24);
            double lon = 124.320 + 0.0020 * ((c * 11) % 24);
            sites.add(new Site("示例·" + NAMES[c] + "小区", "220302", street, street + String.format("%03d", 10 + c % 5),
                    Math.round(lat * 1e6) / 1e6, Math.round(lon * 1e6) / 1e6, 1978 + c % 22, specs));
        }
        return sites;
    }

    /** A few service facilities, so the living circles have something to find and something missing. */
    private static void facilities(SuiteClient api, List<Site> sites) {
        String[][] kinds = {{"KINDERGARTEN", "示例·第一幼儿园"}, {"COMMUNITY_SERVICE_STATION", "示例·社区服务站"},
            {"PRIMARY_SCHOOL", "示例·实验小学"}, {"FOOD_MARKET", "示例·农贸市场"}, {"HEALTH_CENTRE", "示例·社区卫生服务中心"},
            {"MIDDLE_SCHOOL", "示例·第三中学"}};
        for (int i = 0; i < kinds.length; i++) {
            Site near = sites.get(i * 4);
            api.post("district-tiexi", "/api/plan/living-circles/facilities", Map.of("type", kinds[i][0], "name",
                    kinds[i][1], "latitude", near.latitude() + 0.001, "longitude", near.longitude())).ok("facility");
        }
    }

    private static <T> List<T> parallel(List<java.util.concurrent.Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void say(String message) {
        LOG.info("[demo] {}", message);
    }
}
