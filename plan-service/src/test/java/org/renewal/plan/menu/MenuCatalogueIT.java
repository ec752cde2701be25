package org.renewal.plan.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.plan.MenuItemPublished;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.ServiceIntegrationTest;
import org.renewal.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/** The default menu is installed once, served inside-first, and published for other services. */
@ServiceIntegrationTest
class MenuCatalogueIT {

    @LocalServerPort
    int port;

    @Autowired
    DefaultCatalogue catalogue;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventEnvelopes envelopes;

    @Test
    void everySeedItemIsServedInsideFirstWithBothClassifications() {
        // the city's default catalogue (districts' own changes are another test's)
        JsonNode items = Http.at(port).as(TestIssuer.get().cityOffice()).get("/api/plan/menu-items").json();

        assertThat(items).hasSize(DefaultCatalogue.items().size()).hasSizeGreaterThanOrEqualTo(40);
        List<String> categories = new ArrayList<>();
        items.forEach(i -> categories.add(i.get("category").asString()));
        assertThat(categories).isSortedAccordingTo((a, b) -> MenuCategory.valueOf(a).compareTo(MenuCategory.valueOf(b)));
        JsonNode elevator = Http.at(port).as(TestIssuer.get().cityOffice()).get("/api/plan/menu-items/ELEVATOR_RETROFIT")
                .json();
        assertThat(elevator.get("labelZh").asString()).isEqualTo("加装电梯（试点）");
        assertThat(elevator.get("nationalClass").asString()).isEqualTo("IMPROVEMENT");
        assertThat(elevator.get("unitCost").asLong()).isPositive();
        assertThat(Http.at(port).as(TestIssuer.get().cityOffice()).get("/api/plan/menu-items/NOPE").status())
                .isEqualTo(404);
    }

    @Test
    void everyItemIsPublishedAndInstallingAgainPublishesNothing() {
        int size = DefaultCatalogue.items().size();
        String kafka = EmbeddedInfrastructure.get().kafkaBootstrapServers();
        var published = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, size, Duration.ofSeconds(30));
        List<MenuItemPublished> items = published.stream()
                .map(r -> envelopes.payload(envelopes.read(r.value()), MenuItemPublished.class)).toList();
        assertThat(items).extracting(MenuItemPublished::code).containsAll(
                DefaultCatalogue.items().stream().map(MenuItem::getId).toList());
        MenuItemPublished roof = items.stream().filter(i -> i.code().equals("ROOF_WATERPROOFING")).findFirst()
                .orElseThrow();
        assertThat(roof.category()).isEqualTo("HOUSING_FUNCTION");
        assertThat(roof.retired()).isFalse();
        // other test contexts of this run (own databases) publish their own copies: count what is there now
        int before = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3)).size();

        catalogue.install();

        assertThat(mongo.getCollection("menu_items").countDocuments()).isEqualTo(size);
        int after = TopicProbe.await(kafka, PlanTopics.MENU, r -> true, Integer.MAX_VALUE, Duration.ofSeconds(3)).size();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aDistrictRepricesRetiresAndAddsForItselfOnly() {
        Http tiexi = Http.at(port).as(TestIssuer.get().districtOffice("220302"));
        Http tiedong = Http.at(port).as(TestIssuer.get().districtOffice("220303"));

        var repriced = tiexi.put("/api/plan/menu-items/STAIR_STEPS/unit-cost", "{\"unitCost\":13500}");
        var retired = tiexi.post("/api/plan/menu-items/CULTURE_CORRIDOR/retirement", "");
        var added = tiexi.post("/api/plan/menu-items", """
                {"code":"SNOW_DRAINS","labelZh":"融雪排水沟","labelEn":"Snow-melt drains","category":"INFRASTRUCTURE",
                 "nationalClass":"BASIC","unit":"m","unitCost":45000}""");

        assertThat(repriced.json().get("unitCost").asLong()).isEqualTo(13500);
        assertThat(retired.json().get("retired").asBoolean()).isTrue();
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(tiexi.get("/api/plan/menu-items/STAIR_STEPS").json().get("unitCost").asLong()).isEqualTo(13500);
        assertThat(tiedong.get("/api/plan/menu-items/STAIR_STEPS").json().get("unitCost").asLong()).isEqualTo(12000);
        assertThat(codes(tiexi.get("/api/plan/menu-items").json())).contains("SNOW_DRAINS").doesNotContain("CULTURE_CORRIDOR");
        assertThat(codes(tiexi.get("/api/plan/menu-items?includeRetired=true").json())).contains("CULTURE_CORRIDOR");
        assertThat(codes(tiedong.get("/api/plan/menu-items").json())).contains("CULTURE_CORRIDOR").doesNotContain("SNOW_DRAINS");
        assertThat(tiexi.post("/api/plan/menu-items/CULTURE_CORRIDOR/retirement", "").status()).isEqualTo(422);
        assertThat(tiexi.post("/api/plan/menu-items", """
                {"code":"ROOF_WATERPROOFING","labelZh":"x","labelEn":"x","category":"INFRASTRUCTURE",
                 "nationalClass":"BASIC","unit":"m","unitCost":1}""").status()).isEqualTo(409);
        assertThat(Http.at(port).as(TestIssuer.get().resident("220302", "1-1-101"))
                .put("/api/plan/menu-items/STAIR_STEPS/unit-cost", "{\"unitCost\":1}").status()).isEqualTo(403);

        var retirements = TopicProbe.await(EmbeddedInfrastructure.get().kafkaBootstrapServers(), PlanTopics.MENU,
                r -> "220302:CULTURE_CORRIDOR".equals(r.key()) && r.value().contains("plan.MenuItemRetired"), 1,
                Duration.ofSeconds(30));
        assertThat(envelopes.payload(envelopes.read(retirements.get(0).value()),
                org.renewal.contracts.plan.MenuItemRetired.class).districtCode()).isEqualTo("220302");
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }
}
