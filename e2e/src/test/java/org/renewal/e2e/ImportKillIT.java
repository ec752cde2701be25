package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 10, "service killed during a bulk import": survey-service is killed ({@code kill -9}) while it
 * imports a register through the gateway, and started again. Every row reported stored is stored, the
 * job finishes after the restart, and uploading the same file again (same Idempotency-Key, or a new one)
 * creates no duplicates. {@code -Dreliability.import-rows=N} (the {@code reliability} profile: 20,000).
 */
class ImportKillIT {

    static final String OFFICE = "district-tiedong";
    static MongoServer mongo;
    static Suite suite;
    static SuiteClient api;

    @BeforeAll
    static void start() throws Exception {
        mongo = new MongoServer(new MemoryBackend());
        suite = Suite.start(null, mongo.bindAndGetConnectionString(), "import-kill");
        api = new SuiteClient(suite.gateway(), suite.issuer());
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void aServiceKilledMidImportLosesNoReportedRowAndARetryCreatesNoDuplicates() throws Exception {
        int rows = Integer.getInteger("reliability.import-rows", 3000);
        StringBuilder csv = new StringBuilder("区县代码 districtCode,街道代码 streetCode,社区代码 committeeCode,小区名称 name,"
                + "地址 address,纬度 latitude,经度 longitude,建成年份 buildYear,产权性质 propertyRight,物业管理状况 managementStatus,"
                + "最近综合改造年份 lastRenovationYear,纳入征迁计划 inDemolitionPlan,设施缺失项 facilityDeficiencies,楼号 buildingNumber,"
                + "层数 floors,单元数 entrances,户数 households,建筑面积 floorArea,有电梯 hasElevator\n");
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < rows; i++) {
            csv.append("220303,220303001,220303001001,导入").append(run).append('-').append(i)
                    .append(",四平市铁东区,43.16,124.38,1990,房改房,无物业管理,,否,屋面漏水,1,6,2,24,1560.00,否\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        String key = UUID.randomUUID().toString();
        JsonNode job = api.upload(OFFICE, "/api/survey/imports", "register.csv", file, Map.of("Idempotency-Key", key))
                .ok("upload").json();
        String id = job.get("id").asString();

        // kill survey-service once the job has stored some communities
        JsonNode running = api.await("the import under way", Duration.ofSeconds(120), () -> api.get(OFFICE,
                "/api/survey/imports/" + id), r -> r.status() == 200 && r.json().get("created").asInt() > 0);
        long killedAt = System.nanoTime();
        suite.kill("survey-service");
        int reportedBeforeKill = running.get("created").asInt();
        suite.restart("survey-service");
        long back = System.nanoTime();

        JsonNode done = api.await("the import to finish after the restart", Duration.ofMinutes(5),
                () -> api.get(OFFICE, "/api/survey/imports/" + id),
                r -> r.status() == 200 && "DONE".equals(r.json().get("status").asString()));
        long finished = System.nanoTime();
        int stored = api.get(OFFICE, "/api/survey/communities?size=1").ok("register").json().get("page")
                .get("totalElements").asInt();
        assertThat(reportedBeforeKill).isLessThanOrEqualTo(stored);
        assertThat(stored).isEqualTo(rows);
        assertThat(done.get("created").asInt() + done.get("unchanged").asInt() + done.get("updated").asInt())
                .isEqualTo(rows);

        // the same upload retried (same key): the same job; the same file again (new key): nothing new
        assertThat(api.upload(OFFICE, "/api/survey/imports", "register.csv", file, Map.of("Idempotency-Key", key))
                .ok("retry").json().get("id").asString()).isEqualTo(id);
        String again = api.upload(OFFICE, "/api/survey/imports", "register.csv", file,
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).ok("again").json().get("id").asString();
        JsonNode second = api.await("the second import", Duration.ofMinutes(5), () -> api.get(OFFICE,
                "/api/survey/imports/" + again), r -> "DONE".equals(r.json().get("status").asString()));
        assertThat(second.get("created").asInt()).isZero();
        assertThat(api.get(OFFICE, "/api/survey/communities?size=1").json().get("page").get("totalElements").asInt())
                .isEqualTo(rows);

        Files.createDirectories(Path.of("target/reliability"));
        Files.writeString(Path.of("target/reliability/import-kill.txt"), String.format(
                "import of %d rows: survey-service killed after %d were reported stored, back %.1f s later; the job "
                        + "finished %.1f s after the restart with %d created + %d unchanged; %d in the register; "
                        + "the same file again: %d created%n", rows, reportedBeforeKill, (back - killedAt) / 1e9,
                (finished - back) / 1e9, done.get("created").asInt(), done.get("unchanged").asInt(), stored,
                second.get("created").asInt()));
    }
}
