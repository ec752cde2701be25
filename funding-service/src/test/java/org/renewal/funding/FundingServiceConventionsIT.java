package org.renewal.funding;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.renewal.contracts.plan.PlanApproved;
import org.renewal.contracts.plan.PlanTopics;
import org.renewal.platform.embedded.TestIssuer;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.test.EmbeddedInfrastructure;
import org.renewal.platform.test.Http;
import org.renewal.platform.test.RawProducer;
import org.renewal.platform.test.ServiceConventionsIT;
import org.springframework.beans.factory.annotation.Autowired;

class FundingServiceConventionsIT extends ServiceConventionsIT {

    static final String COMMUNITY = "funding-conventions-" + UUID.randomUUID();

    @Autowired
    EventEnvelopes envelopes;

    @Override
    protected String prefix() {
        return "/api/funding";
    }

    @Override
    protected String residentsCommunity() {
        return COMMUNITY;
    }

    /** Two funding plans of the district: one of the residents' community, one of a neighbour in another street. */
    @Override
    protected boolean seedListData() {
        String ours = UUID.randomUUID().toString();
        String neighbours = UUID.randomUUID().toString();
        try (RawProducer producer = new RawProducer(EmbeddedInfrastructure.get().kafkaBootstrapServers())) {
            producer.send(PlanTopics.PLAN, ours, envelopes.write(envelopes.wrap(ours, 1, Instant.now(),
                    approved(ours, COMMUNITY, STREET))));
            producer.send(PlanTopics.PLAN, neighbours, envelopes.write(envelopes.wrap(neighbours, 1, Instant.now(),
                    approved(neighbours, "neighbour-" + UUID.randomUUID(), DISTRICT + "002"))));
        }
        Http city = Http.at(port).as(TestIssuer.get().cityOffice());
        await().atMost(Duration.ofSeconds(30)).until(() -> city.get("/api/funding/funding-plans/" + ours).status() == 200
                && city.get("/api/funding/funding-plans/" + neighbours).status() == 200);
        return true;
    }

    private static PlanApproved approved(String plan, String community, String street) {
        return new PlanApproved(plan, community, "约定小区", DISTRICT, street, 1, List.of(), 1_000_000,
                List.of(new PlanApproved.Source("GOVERNMENT_DISTRICT", null, null, 1_000_000)), List.of("1"), 10,
                new BigDecimal("600.00"));
    }
}
