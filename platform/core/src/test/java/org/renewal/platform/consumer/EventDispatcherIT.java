package org.renewal.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renewal.contracts.plan.MenuItemRetired;
import org.renewal.contracts.plan.PlanApproved;
import org.renewal.platform.events.EventEnvelope;
import org.renewal.platform.events.EventEnvelopes;
import org.renewal.platform.events.InvalidEventException;
import org.renewal.platform.web.CorrelationId;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import org.renewal.platform.WireProtocolMongo;

/** The dispatcher against the MongoDB wire-protocol server through the real driver. */
class EventDispatcherIT {

    private static WireProtocolMongo store;
    private static MongoTemplate mongo;

    private final EventEnvelopes envelopes = new EventEnvelopes(JsonMapper.builder().build());
    private final List<String> applied = new ArrayList<>();

    @BeforeAll
    static void start() {
        store = WireProtocolMongo.start("dispatcher-test");
        mongo = store.template();
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private final EventDispatchers dispatchers = new EventDispatchers(envelopes, mongo);

    private EventDispatcher dispatcher(String listener) {
        return dispatchers.listener(listener)
                .on(MenuItemRetired.class, (e, retired) -> applied.add(retired.code() + "@" + e.aggregateVersion()
                        + " corr=" + CorrelationId.current()))
                .build();
    }

    private EventEnvelope retired(String item, long aggregateVersion) {
        try (CorrelationId.Scope ignored = CorrelationId.bind("corr-" + aggregateVersion, null)) {
            return envelopes.wrap(item, aggregateVersion, Instant.now(), new MenuItemRetired(item, null));
        }
    }

    private ConsumerRecord<String, String> record(EventEnvelope envelope) {
        return new ConsumerRecord<>("renewal.plan.menu", 0, 0, envelope.aggregateId(), envelopes.write(envelope));
    }

    @Test
    void appliesARoutedEventWithItsCorrelationIdBound() {
        dispatcher("a").dispatch(record(retired("item-1", 1)));

        assertThat(applied).containsExactly("item-1@1 corr=corr-1");
    }

    @Test
    void aDuplicateAndAnOlderEventAfterANewerOneChangeNothing() {
        EventDispatcher dispatcher = dispatcher("b");
        dispatcher.dispatch(record(retired("item-2", 1)));
        dispatcher.dispatch(record(retired("item-2", 3)));

        assertThat(dispatcher.dispatch(retired("item-2", 3))).isFalse();
        assertThat(dispatcher.dispatch(retired("item-2", 2))).isFalse();
        assertThat(dispatcher.dispatch(retired("item-2", 1))).isFalse();

        assertThat(applied).containsExactly("item-2@1 corr=corr-1", "item-2@3 corr=corr-3");
    }

    @Test
    void positionsArePerAggregateAndPerListener() {
        EventDispatcher c = dispatcher("c");
        c.dispatch(retired("item-3", 5));

        assertThat(c.dispatch(retired("item-4", 1))).as("another aggregate").isTrue();
        assertThat(dispatcher("other-listener").dispatch(retired("item-3", 5))).as("another listener").isTrue();
    }

    @Test
    void aListenerOfSeveralTopicsKeepsItsPositionsPerTopic() {
        EventDispatcher both = dispatchers.listener("several", "renewal.plan.menu", "renewal.other.menu")
                .on(MenuItemRetired.class, (e, retired) -> applied.add(retired.code() + "@" + e.aggregateVersion()))
                .build();
        both.dispatch(record(retired("item-9", 4)));

        both.dispatch(new ConsumerRecord<>("renewal.other.menu", 0, 0, "item-9", envelopes.write(retired("item-9", 2))));
        both.dispatch(record(retired("item-9", 2)));

        assertThat(both.topics()).containsExactly("renewal.plan.menu", "renewal.other.menu");
        assertThat(applied).as("the same aggregate id on another topic is another source; on the same topic, older")
                .containsExactly("item-9@4", "item-9@2");
    }

    @Test
    void anEventWhoseHandlerFailedIsAppliedWhenDeliveredAgain() {
        AtomicBoolean storeDown = new AtomicBoolean(true);
        EventDispatcher dispatcher = new EventDispatchers(envelopes, mongo).listener("d")
                .on(MenuItemRetired.class, (e, retired) -> {
                    if (storeDown.get()) {
                        throw new IllegalStateException("store down");
                    }
                    applied.add(retired.code());
                })
                .build();

        assertThatThrownBy(() -> dispatcher.dispatch(retired("item-5", 1))).hasMessage("store down");
        storeDown.set(false);

        assertThat(dispatcher.dispatch(retired("item-5", 1))).isTrue();
        assertThat(applied).containsExactly("item-5");
    }

    @Test
    void anEventOfAnotherTypeOrContractVersionIsNotForTheListener() {
        EventDispatcher dispatcher = dispatcher("e");
        EventEnvelope v2 = retired("item-6", 1);
        EventEnvelope laterVersion = new EventEnvelope(v2.eventId(), v2.type(), MenuItemRetired.VERSION + 1,
                v2.occurredAt(), v2.aggregateId(), v2.aggregateVersion(), null, null, v2.payload());
        EventEnvelope otherType = new EventEnvelope("x", PlanApproved.TYPE, PlanApproved.VERSION, Instant.now(),
                "plan-1", 1, null, null, JsonNodeFactory.instance.objectNode());

        assertThat(dispatcher.dispatch(laterVersion)).isFalse();
        assertThat(dispatcher.dispatch(otherType)).isFalse();
        assertThat(applied).isEmpty();
        assertThat(dispatcher.dispatch(v2)).as("not moved forward by events it did not apply").isTrue();
    }

    @Test
    void aRecordThatIsNotAnEventOrAPayloadThatDoesNotFitIsAnInvalidEvent() {
        EventDispatcher dispatcher = dispatcher("f");
        EventEnvelope good = retired("item-7", 1);
        EventEnvelope misfit = new EventEnvelope(good.eventId(), good.type(), good.version(), good.occurredAt(),
                good.aggregateId(), 1, null, null, JsonNodeFactory.instance.objectNode().put("code", true)
                        .set("districtCode", JsonNodeFactory.instance.arrayNode()));

        assertThatThrownBy(() -> dispatcher.dispatch(new ConsumerRecord<>("t", 0, 0, "k", "{not json")))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> dispatcher.dispatch(misfit)).isInstanceOf(InvalidEventException.class);
        assertThat(applied).isEmpty();
    }

    @Test
    void theApplicationKnowsEachListenerWithADispatcherAndWhatItApplies() {
        dispatcher("h");
        dispatchers.<String>batchListener("batch").on(PlanApproved.class, (e, plan) -> plan.planId()).build();

        assertThat(dispatchers.listeners()).containsOnlyKeys("batch", "h");
        assertThat(dispatchers.listeners().get("h")).containsExactly(MenuItemRetired.TYPE + " v1");
        assertThatThrownBy(() -> dispatcher("h")).as("two dispatchers for one listener")
                .hasMessageContaining("two dispatchers for listener h");
    }

    @Test
    void aContractRoutedTwiceIsRefusedWhenTheListenerIsBuilt() {
        assertThatThrownBy(() -> new EventDispatchers(envelopes, mongo).listener("g")
                .on(MenuItemRetired.class, (e, r) -> { })
                .on(MenuItemRetired.class, (e, r) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("routed twice");
    }
}
