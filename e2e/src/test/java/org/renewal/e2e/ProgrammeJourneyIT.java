package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.renewal.e2e.Journey.BuildingSpec;
import org.renewal.e2e.Journey.Site;
import org.renewal.e2e.Journey.Stage;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's journey: several communities through the whole suite, through the gateway, each step by the
 * role that owns it; then every figure of the programme (overview, dashboard, statistical return) is
 * checked against what the journey did and against a recount from the services' own data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeJourneyIT {

    static final int YEAR = 2026;

    static Suite suite;
    static SuiteClient api;
    /** Every answer of the journey checked against the served OpenAPI documents. */
    static ContractConformance conformance;
    /** The communities, where each journey stops, and what it did. */
    static final Map<Stage, Site> SITES = new java.util.LinkedHashMap<>();
    static final Map<Stage, Journey.Result> RESULTS = new HashMap<>();

    /** The journey at this many replicas of every service and this many gateways (a subclass's annotation). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @interface Scaled {
        int replicas();

        int gateways();
    }

    @BeforeAll
    static void startSuite(org.junit.jupiter.api.TestInfo test) throws Exception {
        Scaled scaled = test.getTestClass().map(c -> c.getAnnotation(Scaled.class)).orElse(null);
        begin(scaled == null ? Suite.start(null, null, "journey")
                : Suite.startScaled(scaled.replicas(), scaled.gateways(), "journey-scaled"));
    }

    /** The journey on {@code started}, through all of its gateways. */
    static void begin(Suite started) {
        suite = started;
        SITES.clear();
        RESULTS.clear();
        api = new SuiteClient(suite.gateways(), suite.issuer());
        conformance = new ContractConformance(api);
        api.observedBy(conformance);
        String run = UUID.randomUUID().toString().substring(0, 6);
        SITES.put(Stage.LONG_TERM_MANAGEMENT, site("长效小区-" + run, "220302001003", 43.1706, 124.3502, 1988, 2, 6));
        SITES.put(Stage.ACCEPTED, site("验收小区-" + run, "220302001004", 43.1602, 124.3421, 1992, 1, 8));
        SITES.put(Stage.UNDER_CONSTRUCTION, site("在建小区-" + run, "220302001003", 43.1755, 124.3389, 1996, 2, 4));
        SITES.put(Stage.RESERVED, site("储备小区-" + run, "220302001004", 43.1683, 124.3557, 1979, 1, 5));
        subscribeAReceiverThatIsDown();
    }

    /** The services whose events other systems may receive, by their API prefix. */
    static final List<String> SERVICES = List.of("survey", "plan", "project", "funding", "governance");
    /** Another government system's webhook receiver: down (503) for the whole journey, then up. */
    static org.renewal.platform.test.WebhookReceiver receiver;

    /** Before the journey: the demo system subscribes to every service's events, from the start of each feed. */
    static void subscribeAReceiverThatIsDown() {
        receiver = org.renewal.platform.test.WebhookReceiver.start().answering(503);
        List<String> secrets = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode created = api.post(SuiteClient.INTEGRATION, "/api/" + service + "/webhooks/subscriptions",
                    Map.of("url", receiver.url(), "startAt", "EARLIEST", "description", "e2e receiver"))
                    .ok("subscribe to " + service).json();
            secrets.add(created.get("secret").asString());
        }
        receiver.knows(secrets.toArray(String[]::new));
    }

    @AfterAll
    static void stopSuite() {
        if (receiver != null) {
            receiver.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    /**
     * Issue 29's end to end: every exported event the journey caused (as the services' topics hold them) reaches the
     * receiver that was down throughout the journey, each accepted once (a repeat recognised by its webhook-id), with
     * a signature the receiver verified, in order per aggregate; and a feed client that reads one page per request,
     * resuming from the kept cursor, sees each of them exactly once.
     */
    @Test
    @Order(70)
    void everyEventOfTheJourneyReachesAReceiverThatWasDownOnceInOrderAndAFeedClientSeesItOnce() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Set<String>> expected = new java.util.LinkedHashMap<>();
        for (String service : SERVICES) {
            Map<String, Set<String>> typesByTopic = new HashMap<>();
            api.get(SuiteClient.INTEGRATION, "/api/" + service + "/feed/event-types").ok("event types").json()
                    .forEach(t -> typesByTopic.computeIfAbsent(t.get("topic").asString(), x -> new java.util.HashSet<>())
                            .add(t.get("type").asString()));
            Set<String> ids = new java.util.HashSet<>();
            typesByTopic.forEach((topic, types) -> org.renewal.platform.test.TopicProbe.await(
                    suite.kafkaBootstrapServers(), topic, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3))
                    .forEach(r -> {
                        JsonNode envelope = json.readTree(r.value());
                        if (types.contains(envelope.get("type").asString())) {
                            ids.add(envelope.get("eventId").asString());
                        }
                    }));
            expected.put(service, ids);
        }
        Set<String> all = new java.util.HashSet<>();
        expected.values().forEach(all::addAll);
        assertThat(all).as("exported events of the journey").hasSizeGreaterThan(50);
        int attemptsWhileDown = receiver.deliveries().size();

        long up = System.nanoTime();
        java.time.Instant upAt = java.time.Instant.now();
        receiver.answering(204);
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> receiver.acceptedOnce().keySet().containsAll(all));
        double seconds = (System.nanoTime() - up) / 1e9;

        // every delivery since the receiver came back carried a signature it verified with its own HMAC code (a
        // delivery in the moment between a subscription's creation and the receiver learning its secret could not)
        assertThat(receiver.deliveries().stream().filter(d -> d.at().isAfter(upAt)))
                .allSatisfy(d -> assertThat(d.verified()).as(d.webhookId()).isTrue());
        assertThat(receiver.acceptedOnce().keySet()).containsExactlyInAnyOrderElementsOf(all);
        Map<String, List<Long>> versions = new HashMap<>();
        receiver.acceptedOnce().values().forEach(d -> versions.computeIfAbsent(d.event().get("source").asString()
                + " " + d.event().get("subject").asString(), x -> new ArrayList<>())
                .add(d.event().get("aggregateversion").asLong()));
        versions.forEach((subject, v) -> assertThat(v).as("versions of " + subject).isSorted());
        org.slf4j.LoggerFactory.getLogger(ProgrammeJourneyIT.class).info("webhooks: {} events of the journey, {} "
                + "attempts while the receiver was down, all delivered {} s after it came back ({} events/s), {} "
                + "requests in all", all.size(), attemptsWhileDown, String.format("%.1f", seconds),
                String.format("%.0f", all.size() / seconds), receiver.deliveries().size());

        for (String service : SERVICES) {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            while (true) {
                JsonNode page = api.get(SuiteClient.INTEGRATION, "/api/" + service + "/feed?limit=40"
                        + (cursor == null ? "" : "&cursor=" + cursor)).ok("feed of " + service).json();
                page.get("events").forEach(e -> seen.add(e.get("id").asString()));
                cursor = page.get("cursor").asString();
                if (page.get("events").isEmpty()) {
                    break;
                }
            }
            assertThat(seen).as("the feed of " + service).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(expected.get(service));
        }
    }

    private static Site site(String name, String committee, double lat, double lon, int built, int buildings,
                             int householdsEach) {
        List<BuildingSpec> specs = new ArrayList<>();
        for (int i = 1; i <= buildings; i++) {
            specs.add(new BuildingSpec(String.valueOf(i), 6, 1, householdsEach,
                    BigDecimal.valueOf(householdsEach * 60L).setScale(2)));
        }
        return new Site(name, "220302", "220302001", committee, lat, lon, built, specs);
    }

    @Test
    @Order(10)
    void severalCommunitiesGoFromRegistrationToTheirStagesAndEveryFigureFollows() {
        Journey journey = new Journey(api);
        Map<Stage, String> ids = new HashMap<>();
        SITES.forEach((stage, site) -> ids.put(stage, journey.prepare(site)));

        // the district office sets the year and chooses its batch from the reserve (all four)
        api.put("district-tiexi", "/api/plan/programme/years/" + YEAR, Map.of("targets", Map.of("communities", 4,
                "buildings", sum(s -> s.buildings().size()), "households", sum(Journey.Site::households),
                "floorArea", area(SITES.values())), "deadline", (YEAR + 1) + "-07-31", "byProportionCapPercent", 20))
                .ok("programme year");
        api.await("the four communities in plan's programme model", Journey.WAIT,
                () -> api.get("district-tiexi", "/api/plan/programme/communities?stage=RESERVED&size=200"),
                r -> ids.values().stream().allMatch(r.body()::contains));
        JsonNode batch = api.post("district-tiexi", "/api/plan/programme/years/" + YEAR + "/batch", null)
                .ok("batch").json();
        List<String> chosen = new ArrayList<>();
        batch.get("batch").forEach(b -> chosen.add(b.asString()));
        assertThat(chosen).containsAll(ids.values());

        SITES.forEach((stage, site) -> RESULTS.put(stage, journey.advance(ids.get(stage), site, stage,
                stage == Stage.UNDER_CONSTRUCTION)));

        JsonNode overview = api.await("the overview to show the journeys", Journey.WAIT,
                () -> api.get("district-tiexi", "/api/plan/programme/overview?year=" + YEAR),
                r -> r.status() == 200 && stage(r.json(), "LONG_TERM_MANAGEMENT").get("communities").asInt() == 1
                        && r.json().get("satisfaction").get("communities").asInt() == 2
                        && r.json().get("withLateMilestones").asInt() == 1
                        && received(r.json(), "RESIDENTS") == expectedReceived("RESIDENTS"));
        Map<String, Integer> reached = Map.of("REGISTERED", 4, "RESERVED", 4, "PLANNED", 3, "APPROVED", 3,
                "UNDER_CONSTRUCTION", 3, "ACCEPTED", 2, "EVALUATED", 1, "HANDED_OVER", 1, "LONG_TERM_MANAGEMENT", 1);
        reached.forEach((stage, n) -> {
            assertThat(stage(overview, stage).get("communities").asInt()).as(stage).isEqualTo(n);
            assertThat(stage(overview, stage).get("households").asInt()).as(stage + " households")
                    .isEqualTo(householdsAtLeast(Stage.valueOf(stage.equals("REGISTERED") ? "RESERVED" : stage)));
        });
        assertThat(overview.get("targets").get("communities").asInt()).isEqualTo(4);
        assertThat(channel(overview, "GOVERNMENT_DISTRICT").get("planned").asLong()).isEqualTo(expectedPlanned(true));
        assertThat(channel(overview, "RESIDENTS").get("planned").asLong()).isEqualTo(expectedPlanned(false));
        assertThat(channel(overview, "GOVERNMENT_DISTRICT").get("pledged").asLong()).isEqualTo(expectedPlanned(true));
        assertThat(received(overview, "GOVERNMENT_DISTRICT")).isEqualTo(expectedPlanned(true));
        assertThat(overview.get("completions")).hasSize(1);
        assertThat(overview.get("completions").get(0).get("communities").asInt()).isEqualTo(2);
        assertThat(overview.get("satisfaction").get("respondents").asInt())
                .isEqualTo(firstBuilding(Stage.LONG_TERM_MANAGEMENT) + firstBuilding(Stage.ACCEPTED));

        // what is late, and whose duty: the community whose milestones passed
        JsonNode overdue = api.get("district-tiexi", "/api/plan/programme/overdue?year=" + YEAR).ok("overdue").json();
        assertThat(overdue.toString()).contains(RESULTS.get(Stage.UNDER_CONSTRUCTION).communityId())
                .contains("CONTRACTOR");

        // the community's whole story, for auditors; residents see the published parts
        String story = api.get("district-tiexi", "/api/plan/programme/communities/"
                + RESULTS.get(Stage.LONG_TERM_MANAGEMENT).communityId() + "/timeline?size=200").ok("timeline").body();
        assertThat(story).contains("survey.CommunityRegistered", "plan.PlanApproved", "project.AcceptancePassed",
                "project.ProjectHandedOver", "governance.PropertyManagerEngaged", "funding.FundsReceived");
    }

    @Test
    @Order(20)
    void theReadModelEqualsARecountFromTheServicesOwnData() {
        JsonNode overview = api.get("district-tiexi", "/api/plan/programme/overview").ok("overview").json();
        // survey: registered communities and their households (the survey's register is the source)
        JsonNode register = api.get("district-tiexi", "/api/survey/communities?size=200").ok("register").json();
        int households = 0;
        for (JsonNode c : register.get("content")) {
            households += c.get("households").asInt();
        }
        assertThat(stage(overview, "REGISTERED").get("communities").asInt())
                .isEqualTo(register.get("page").get("totalElements").asInt());
        assertThat(stage(overview, "REGISTERED").get("households").asInt()).isEqualTo(households);
        // project: projects started, accepted, handed over
        JsonNode projects = api.get("district-tiexi", "/api/project/projects?size=200").ok("projects").json();
        int started = 0;
        int handedOver = 0;
        for (JsonNode p : projects.get("content")) {
            String stage = p.get("stage").asString();
            started += List.of("UNDER_CONSTRUCTION", "COMPLETED", "ACCEPTED", "EVALUATED", "HANDED_OVER").contains(stage) ? 1 : 0;
            handedOver += "HANDED_OVER".equals(stage) ? 1 : 0;
        }
        assertThat(stage(overview, "UNDER_CONSTRUCTION").get("communities").asInt()).isEqualTo(started);
        assertThat(stage(overview, "HANDED_OVER").get("communities").asInt()).isEqualTo(handedOver);
        // funding: the ledger's pledged and received per channel
        Map<String, long[]> ledger = new HashMap<>();
        for (Journey.Result r : RESULTS.values()) {
            if (r.planId() == null || r.reached() == Stage.PLANNED || r.reached() == Stage.APPROVED) {
                continue;
            }
            JsonNode plan = api.get("finance-tiexi", "/api/funding/funding-plans/" + r.planId()).ok("funding plan").json();
            for (JsonNode s : plan.get("sources")) {
                long[] x = ledger.computeIfAbsent(s.get("channel").asString(), k -> new long[2]);
                x[0] += s.get("pledged").asLong();
                x[1] += s.get("received").asLong();
            }
        }
        ledger.forEach((channel, x) -> {
            assertThat(channel(overview, channel).get("pledged").asLong()).as(channel + " pledged").isEqualTo(x[0]);
            assertThat(channel(overview, channel).get("received").asLong()).as(channel + " received").isEqualTo(x[1]);
        });
        // governance: the published satisfaction results
        int respondents = 0;
        for (Stage s : List.of(Stage.LONG_TERM_MANAGEMENT, Stage.ACCEPTED)) {
            respondents += api.get("city-office", "/api/governance/communities/" + RESULTS.get(s).communityId()
                    + "/satisfaction").ok("satisfaction").json().get("respondents").asInt();
        }
        assertThat(overview.get("satisfaction").get("respondents").asInt()).isEqualTo(respondents);
    }

    @Test
    @Order(30)
    void theStatisticalReturnOpensWithTheRightSums() throws Exception {
        byte[] xlsx = api.download("district-tiexi", "/api/plan/programme/returns.xlsx?year=" + YEAR);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/returns-" + YEAR + ".xlsx"), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet basic = workbook.getSheetAt(0);
            Row total = basic.getRow(basic.getLastRowNum());
            assertThat(basic.getLastRowNum()).isEqualTo(1 + SITES.size());
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(sum(Journey.Site::households));
            assertThat(BigDecimal.valueOf(total.getCell(5).getNumericCellValue())).isEqualByComparingTo(area(SITES.values()));
            Sheet funding = workbook.getSheet("资金 funding");
            Row sum = funding.getRow(funding.getLastRowNum());
            assertThat(sum.getCell(0).getStringCellValue()).startsWith("合计");
            assertThat((long) sum.getCell(1).getNumericCellValue()).isEqualTo(expectedPlanned(true) + expectedPlanned(false));
            assertThat((long) sum.getCell(3).getNumericCellValue())
                    .isEqualTo(expectedReceived("GOVERNMENT_DISTRICT") + expectedReceived("RESIDENTS"));
            Sheet results = workbook.getSheet("成果 results");
            assertThat(results.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(results.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    /**
     * Every answer the journeys received — each role's every call, refusals included — is what the served OpenAPI
     * documents declare: its status, its media type, and a body its schema accepts (JSON Schema 2020-12).
     */
    @Test
    @Order(50)
    void everyAnswerOfTheJourneyIsWhatTheContractDeclares() {
        assertThat(conformance.checked()).as("bodies checked").isGreaterThan(100);
        assertThat(conformance.mismatches()).isEmpty();
    }

    /**
     * The typed SDK (sdk/typescript) drives the running suite as a front end would: built from the committed
     * snapshots, it lists communities and plans, reads a project with its ETag, and meets a refused page size.
     * Skips, saying why, where Node.js or the SDK's tools (npm ci in sdk/typescript) are absent.
     */
    @Test
    @Order(60)
    void theTypedSdkDrivesTheRunningSuite() throws Exception {
        Path sdk = Path.of("").toAbsolutePath().getParent().resolve("sdk").resolve("typescript");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(sdk.resolve("node_modules").resolve(".bin")),
                "the SDK's tools are not installed: run npm ci in sdk/typescript (.ci/run does)");
        assertThat(new ProcessBuilder("node_modules/.bin/tsc", "-p", "tsconfig.json").directory(sdk.toFile())
                .inheritIO().start().waitFor()).as("the SDK builds").isZero();
        ProcessBuilder smoke = new ProcessBuilder("node", "scripts/smoke.mjs").directory(sdk.toFile())
                .redirectErrorStream(true);
        smoke.environment().put("RENEWAL_GATEWAY", suite.gateway().toString().replaceAll("/$", ""));
        smoke.environment().put("RENEWAL_TOKEN", api.token("district-tiexi"));
        Process process = smoke.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        JsonNode seen = new tools.jackson.databind.json.JsonMapper().readTree(output.strip()
                .substring(output.strip().lastIndexOf('\n') + 1));
        assertThat(seen.get("communities").asInt()).isGreaterThanOrEqualTo(SITES.size());
        assertThat(seen.get("plans").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(seen.get("project").get("etag").asString()).matches("\"\\d+\"");
        assertThat(seen.get("refused").asString()).isEqualTo("size");
    }

    /**
     * The dashboard in headless Chromium: signs in at the issuer's login form like a person, then shows the
     * figures the journeys made. Skips (with the reason) where Debian's chromium and chromedriver are absent.
     */
    @Test
    @Order(40)
    void theDashboardShowsTheJourneysFiguresAfterSigningIn() throws Exception {
        Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(driver) && Files.isExecutable(chromium),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        JsonNode overview = api.get("district-tiexi", "/api/plan/programme/overview?year=" + YEAR).ok("overview").json();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1300",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            // pages change under the driver (the issuer's redirects, the page's own sign-in round trip)
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            browser.get(suite.gateway() + "/dashboard");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login")));
            axe(browser, "sign-in page");
            browser.findElement(By.id("login")).click();
            // the issuer's own login form
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys("district-tiexi");
            browser.findElement(By.name("password")).sendKeys("renewal");
            browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));

            assertThat(browser.findElement(By.cssSelector("[data-testid=year]")).getDomProperty("value"))
                    .isEqualTo(String.valueOf(YEAR));
            assertThat(browser.findElement(By.cssSelector("[data-testid=who]")).getText()).contains("district-tiexi");
            assertThat(text(browser, "accepted-communities")).isEqualTo("2");
            // area in 万m² with two decimals; the burn-up with its steady pace from zero to the target at the deadline
            assertThat(text(browser, "accepted-floorArea").replace(",", "")).isEqualTo(overview.get("stages").get(6)
                    .get("floorArea").decimalValue().movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString());
            assertThat(browser.findElements(By.cssSelector("[data-testid=burnup-pace]"))).hasSize(1);
            assertThat(text(browser, "accepted-households").replace(",", ""))
                    .isEqualTo(String.valueOf(householdsAtLeast(Stage.ACCEPTED)));
            for (JsonNode s : overview.get("stages")) {
                assertThat(text(browser, "funnel-" + s.get("stage").asString())).as(s.get("stage").asString())
                        .isEqualTo(s.get("communities").asString());
            }
            assertThat(browser.findElement(By.cssSelector("[data-testid=burnup-line]")).getDomAttribute("data-value"))
                    .isEqualTo("2");
            assertThat(browser.findElement(By.cssSelector("[data-testid=burnup-target]")).getDomAttribute("data-value"))
                    .isEqualTo("4");
            assertThat(browser.findElements(By.cssSelector("#map circle"))).hasSize(SITES.size());
            assertThat(browser.findElements(By.cssSelector("#map circle[data-stage=LONG_TERM_MANAGEMENT]"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("[data-testid=received-total]")).getDomAttribute("data-fen"))
                    .isEqualTo(String.valueOf(expectedReceived("GOVERNMENT_DISTRICT") + expectedReceived("RESIDENTS")));
            assertThat(browser.findElements(By.cssSelector("#late tr[data-what=LATE_MILESTONES]"))).hasSize(1);
            assertThat(browser.findElement(By.cssSelector("[data-testid=satisfaction]")).getText()).contains("2 个小区");

            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            // meaning beside the counts: 2 of the target's 4 communities accepted; received against planned
            assertThat(text(browser, "rate-communities")).isEqualTo("完成率 50.0% done");
            long planned = 0;
            long received = 0;
            for (JsonNode c : overview.get("funding")) {
                planned += c.get("planned").asLong();
                received += c.get("received").asLong();
            }
            String rate = text(browser, "received-rate");
            assertThat(Double.parseDouble(rate.replace("%", ""))).isCloseTo(100.0 * received / planned,
                    org.assertj.core.data.Offset.offset(0.051));
            // the address keeps the year: a link opens the same view
            assertThat(browser.getCurrentUrl()).endsWith("/dashboard/index.html?year=" + YEAR);
            // the statistical return downloads from the page: an .xlsx (a zip: "PK")
            browser.findElement(By.cssSelector("[data-testid=export]")).click();
            wait.until(d -> String.valueOf(d.findElement(By.id("export-link")).getDomAttribute("href")).startsWith("blob:"));
            Object head = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export-link').href).then(r => r.arrayBuffer())"
                    + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2)) + ' ' + b.byteLength));");
            assertThat(String.valueOf(head)).startsWith("PK ");
            assertThat(Long.parseLong(String.valueOf(head).substring(3))).isGreaterThan(1000);

            // streets compared (the district's view): the journey's street is ranked
            assertThat(browser.findElements(By.cssSelector("#ranking tr[data-code='220302001']"))).hasSize(1);
            // keyboard: every community on the map is a link (Tab reaches it, Enter opens its page)
            assertThat(browser.findElements(By.cssSelector("#map a[data-community][href*='community=']")))
                    .hasSize(SITES.size());
            axe(browser, "district board");
            // the street map (ECharts): each street with boundaries filled by the street's warning, named
            Map<String, String> streetWarnings = new java.util.TreeMap<>();
            api.get("district-tiexi", "/api/plan/programme/rankings?by=street&year=" + YEAR).ok("rankings").json()
                    .forEach(r -> streetWarnings.put(r.get("code").asString(), r.get("warning").asString()));
            JsonNode regions = JsonMapper.builder().build().readTree(browser.findElement(By.id("streets-map"))
                    .getDomAttribute("data-regions"));
            assertThat(regions.properties()).isNotEmpty().allSatisfy(e ->
                    assertThat(e.getValue().asString()).as(e.getKey()).isEqualTo(streetWarnings.get(e.getKey())));
            assertThat(browser.findElement(By.cssSelector("#streets-map svg")).getText()).contains("示例·第一街道");

            // every community with its early warning, as the API decides it, worst first
            Map<String, String> warnings = new HashMap<>();
            api.get("district-tiexi", "/api/plan/programme/communities?size=200&year=" + YEAR).ok("communities").json()
                    .get("content").forEach(c -> warnings.put(c.get("id").asString(), c.get("warning").asString()));
            List<String> shown = new ArrayList<>();
            for (var row : browser.findElements(By.cssSelector("#communities tr[data-community]"))) {
                assertThat(row.getDomAttribute("data-warning")).as(row.getText())
                        .isEqualTo(warnings.get(row.getDomAttribute("data-community")));
                shown.add(row.getDomAttribute("data-warning"));
            }
            assertThat(shown).hasSize(warnings.size()).isSortedAccordingTo(java.util.Comparator.comparingInt(
                    (String w) -> List.of("RED", "AMBER", "GREEN").indexOf(w)));
            // the table as shown exports as a workbook a spreadsheet program reads
            browser.findElement(By.cssSelector("[data-testid=export-table]")).click();
            wait.until(d -> String.valueOf(d.findElement(By.id("export-link")).getDomAttribute("download"))
                    .startsWith("小区预警"));
            String table = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export-link').href).then(r => r.arrayBuffer())"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(table)))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("预警 Warning");
                assertThat(sheet.getLastRowNum()).isEqualTo(warnings.size());
                assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isPositive();
            }

            // so do the ranking and the late items, as shown
            browser.findElement(By.cssSelector("[data-testid=export-ranking]")).click();
            wait.until(d -> String.valueOf(d.findElement(By.id("export-link")).getDomAttribute("download"))
                    .startsWith("排名"));
            String ranked = String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export-link').href).then(r => r.arrayBuffer())"
                    + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(java.util.Base64.getDecoder().decode(ranked)))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(browser.findElements(By.cssSelector("#ranking tr")).size() - 1);
                assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            }

            // drill down to a street: its own yardstick (its communities in the district's batch), named
            String streetCode = SITES.values().iterator().next().streetCode();
            browser.findElement(By.cssSelector("#ranking tr[data-code='" + streetCode + "'] a")).click();
            wait.until(d -> d.getCurrentUrl().contains("street=" + streetCode)
                    && "STREET_BATCH".equals(d.findElement(By.id("basis")).getDomAttribute("data-basis")));
            JsonNode ofStreet = api.get("district-tiexi", "/api/plan/programme/overview?year=" + YEAR + "&streetCode="
                    + streetCode).ok("street overview").json();
            wait.until(d -> text(d, "rate-communities").contains("%"));
            assertThat(text(browser, "accepted-communities"))
                    .isEqualTo(String.valueOf(ofStreet.get("stages").get(6).get("communities").asInt()));
            assertThat(browser.findElement(By.id("crumbs")).getText()).contains("铁西区 220302").contains(streetCode);
            assertThat(browser.findElements(By.cssSelector("#communities tr[data-community]")))
                    .hasSize(ofStreet.get("stages").get(0).get("communities").asInt());
            axe(browser, "street board");
            // and to a community: stage, warnings with their reasons, funding, its story
            var first = browser.findElement(By.cssSelector("#communities tr[data-community] a[data-community]"));
            String communityId = first.getDomAttribute("data-community");
            String communityName = first.getText();
            first.click();
            wait.until(d -> "community".equals(d.findElement(By.id("status")).getDomAttribute("data-state")));
            assertThat(browser.getCurrentUrl()).contains("community=" + communityId).contains("year=" + YEAR);
            assertThat(text(browser, "community-name")).startsWith(communityName);
            JsonNode community = api.get("district-tiexi", "/api/plan/programme/communities/" + communityId)
                    .ok("community").json();
            List<String> reasons = new ArrayList<>();
            community.get("warnings").forEach(w -> reasons.add(w.get("reason").asString()));
            assertThat(browser.findElements(By.cssSelector("[data-testid=community-warnings] li[data-reason]")))
                    .extracting(e -> e.getDomAttribute("data-reason")).containsExactlyElementsOf(reasons);
            assertThat(browser.findElements(By.cssSelector("[data-testid=timeline] tr"))).hasSizeGreaterThan(3);
            if (community.get("planId").isString()) {
                JsonNode plan = api.get("district-tiexi", "/api/plan/plans/" + community.get("planId").asString())
                        .ok("plan").json();
                assertThat(browser.findElements(By.cssSelector("[data-testid=plan-items] tr[data-code]")))
                        .hasSize(plan.get("items").size());
            } else {
                assertThat(browser.findElement(By.id("community")).getText()).contains("No plan drafted yet");
            }
            assertThat(browser.findElement(By.cssSelector(".steps li[aria-current=step]")).getText())
                    .contains(community.get("stageLabel").get("zh").asString());
            Files.write(Path.of("target/dashboard-community.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            axe(browser, "community page");
            // back up to the district by the breadcrumb
            browser.findElement(By.cssSelector("#crumbs a")).click();
            wait.until(d -> "DISTRICT_PROGRAMME".equals(d.findElement(By.id("basis")).getDomAttribute("data-basis")));
            assertThat(browser.getCurrentUrl()).doesNotContain("street=").doesNotContain("community=");
            // the office's big screen: ?wall=1 keeps the year, hides the buttons, refreshes every minute
            browser.get(suite.gateway() + "/dashboard/index.html?year=" + YEAR + "&wall=1");
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertThat(browser.findElement(By.tagName("body")).getDomAttribute("class")).contains("wall");
            assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-refresh")).isEqualTo("60");
            assertThat(browser.findElement(By.cssSelector("[data-testid=export]")).isDisplayed()).isFalse();
            // phones (360, 414 and 390 px wide; the board and a community page): nothing scrolls sideways
            String communityPage = suite.gateway() + "/dashboard/index.html?year=" + YEAR + "&community=" + communityId;
            for (String[] phone : new String[][] {{"360", communityPage}, {"414", communityPage}, {"360", ""}, {"414", ""},
                    {"390", ""}}) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(Integer.parseInt(phone[0]), 844));
                browser.get(phone[1].isEmpty() ? suite.gateway() + "/dashboard/index.html?year=" + YEAR : phone[1]);
                wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;");
                Object wide = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                        + " > window.innerWidth + 1 && !e.closest('.scroll')).slice(0, 8)"
                        + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));");
                assertThat(((Number) overflow).intValue()).as("sideways overflow at %s px on %s: %s", phone[0],
                        phone[1].isEmpty() ? "the board" : "a community page", wide).isLessThanOrEqualTo(0);
            }
            axe(browser, "phone board");
            Files.write(Path.of("target/dashboard-phone.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            // an expired session says so and offers to sign in again (the address keeps the year)
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.setItem('renewal.token', "
                    + "'e30.' + btoa(JSON.stringify({sub: 'district-tiexi', roles: ['DISTRICT_OFFICE']}))"
                    + ".replace(/=+$/, '') + '.expired')");
            browser.navigate().refresh();
            wait.until(d -> d.findElement(By.id("signin-problem")).isDisplayed());
            assertThat(browser.findElement(By.id("signin-problem")).getText()).contains("session has expired");
            assertThat(browser.findElement(By.id("login")).isDisplayed()).isTrue();
            assertThat(browser.getCurrentUrl()).endsWith("?year=" + YEAR);
            // a resident's token gets a page that says what the console is for, and no call to the API
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.setItem('renewal.token', "
                    + "'e30.' + btoa(JSON.stringify({sub: 'resident-beishan', roles: ['RESIDENT']}))"
                    + ".replace(/=+$/, '') + '.x')");
            browser.navigate().refresh();
            wait.until(d -> d.findElement(By.id("signin-problem")).isDisplayed());
            assertThat(browser.findElement(By.id("signin-problem")).getText()).contains("console is for the offices");
            assertThat(browser.findElement(By.id("board")).isDisplayed()).isFalse();
            axe(browser, "role page");

            // the city office: measured against the sum of the districts' targets, drilling into a district
            int cityTarget = 0;
            for (JsonNode y : api.get("city-office", "/api/plan/programme/years").ok("years").json()) {
                cityTarget += y.get("year").asInt() == YEAR ? y.get("targets").get("communities").asInt() : 0;
            }
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
            browser.manage().deleteAllCookies(); // the issuer's session too (cookies are per host, not per port)
            // … signing in from the other origin an operator may use (127.0.0.1): the issuer admits both
            browser.get(suite.gateway().toString().replace("//localhost:", "//127.0.0.1:") + "/dashboard/index.html?year="
                    + YEAR);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys("city-office");
            browser.findElement(By.name("password")).sendKeys("renewal");
            browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
            assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:").endsWith("?year=" + YEAR);
            assertThat(browser.findElement(By.id("basis")).getDomAttribute("data-basis")).isEqualTo("CITY_SUM");
            assertThat(text(browser, "rate-communities")).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector("[data-unit=communities] .of")).getText())
                    .contains("目标 target " + cityTarget);
            assertThat(browser.findElement(By.id("crumbs")).getText()).startsWith("全市 City");
            browser.findElement(By.cssSelector("#ranking tr[data-code='220302'] a")).click();
            wait.until(d -> d.getCurrentUrl().contains("district=220302")
                    && "DISTRICT_PROGRAMME".equals(d.findElement(By.id("basis")).getDomAttribute("data-basis")));
            assertThat(browser.findElement(By.id("crumbs")).getText()).contains("全市 City").contains("铁西区 220302");
            assertThat(browser.findElements(By.cssSelector("#communities tr[data-community]"))).hasSize(SITES.size());
            axe(browser, "city drill-down");
            // a district without a programme for the year says so: its zeros do not read as done
            String origin = browser.getCurrentUrl().replaceAll("^(https?://[^/]+).*$", "$1");
            browser.get(origin + "/dashboard/index.html?year=" + YEAR + "&district=220303");
            wait.until(d -> "no-programme".equals(d.findElement(By.id("status")).getDomAttribute("data-state")));
            assertThat(text(browser, "status")).contains("No programme has been set for " + YEAR);
            assertThat(browser.findElement(By.id("late")).getText()).contains("No programme this year");
            assertThat(browser.findElement(By.id("basis")).getText()).isEmpty();
            axe(browser, "empty state");
        } finally {
            browser.quit();
        }
    }

    /**
     * axe-core (installed with the SDK's tools, sdk/typescript) on the page as it is: no violation of serious or
     * critical impact. Without it (no Node.js or registry) the accessibility check is skipped and says so.
     */
    private static void axe(WebDriver browser, String page) throws java.io.IOException {
        Path script = Path.of("../sdk/typescript/node_modules/axe-core/axe.min.js");
        if (!Files.isReadable(script)) {
            System.out.println("axe-core not installed (npm ci in sdk/typescript): accessibility of the " + page
                    + " not checked");
            return;
        }
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript(Files.readString(script));
        Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e.message]));");
        assertThat((List<?>) found).as("axe on the " + page).isEmpty();
    }

    private static String text(WebDriver browser, String testId) {
        return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText().trim();
    }

    // ---- expectations from what the journeys did ----

    private static int sum(java.util.function.ToIntFunction<Site> f) {
        return SITES.values().stream().mapToInt(f).sum();
    }

    private static BigDecimal area(java.util.Collection<Site> sites) {
        return sites.stream().flatMap(s -> s.buildings().stream()).map(BuildingSpec::floorArea)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int householdsAtLeast(Stage stage) {
        return SITES.entrySet().stream().filter(e -> e.getKey().ordinal() >= stage.ordinal())
                .mapToInt(e -> e.getValue().households()).sum();
    }

    private static int firstBuilding(Stage stage) {
        return SITES.get(stage).buildings().get(0).households();
    }

    private static long expectedPlanned(boolean government) {
        return RESULTS.values().stream().filter(r -> r.reached().ordinal() >= Stage.APPROVED.ordinal())
                .mapToLong(r -> government ? r.totalCost() * 80 / 100 : r.totalCost() - r.totalCost() * 80 / 100).sum();
    }

    private static long expectedReceived(String channel) {
        boolean government = channel.startsWith("GOVERNMENT");
        return RESULTS.values().stream().filter(r -> r.reached().ordinal() >= Stage.UNDER_CONSTRUCTION.ordinal())
                .mapToLong(r -> {
                    long g = r.totalCost() * 80 / 100;
                    return government ? g : (r.totalCost() - g) / 2;
                }).sum();
    }

    static JsonNode stage(JsonNode overview, String stage) {
        for (JsonNode s : overview.get("stages")) {
            if (s.get("stage").asString().equals(stage)) {
                return s;
            }
        }
        throw new AssertionError(stage);
    }

    static JsonNode channel(JsonNode overview, String channel) {
        for (JsonNode c : overview.get("funding")) {
            if (c.get("channel").asString().equals(channel)) {
                return c;
            }
        }
        throw new AssertionError(channel);
    }

    static long received(JsonNode overview, String channel) {
        return channel(overview, channel).get("received").asLong();
    }
}
