package org.renewal.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.survey.CommunityRegistered;
import org.renewal.platform.web.CorrelationId;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class EventEnvelopesTest {

    private final EventEnvelopes envelopes = new EventEnvelopes(JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());

    private final CommunityRegistered payload = new CommunityRegistered("c-1", "北山小区", "220302", "220302001", null,
            1994, "REFORMED_PUBLIC_HOUSING",
            List.of(new CommunityRegistered.Building("1", 6, 2, 48, new BigDecimal("3120.50"), false)), 1, 48,
            new BigDecimal("3120.50"), new BigDecimal("43.166420"), new BigDecimal("124.350450"));

    @Test
    void wrapsWithTypeVersionAggregateAndTheBoundCorrelationId() {
        EventEnvelope envelope;
        try (CorrelationId.Scope ignored = CorrelationId.bind("corr-7", null)) {
            envelope = envelopes.wrap("c-1", 4, Instant.parse("2026-11-25T01:00:00Z"), payload);
        }
        assertThat(envelope.type()).isEqualTo("survey.CommunityRegistered");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.aggregateId()).isEqualTo("c-1");
        assertThat(envelope.aggregateVersion()).isEqualTo(4);
        assertThat(envelope.correlationId()).isEqualTo("corr-7");
        assertThat(envelope.causationId()).isEqualTo("corr-7");
        assertThat(envelope.eventId()).matches("[0-9a-f-]{36}");
    }

    @Test
    void roundTripsThroughTheWireWithoutLosingDecimals() {
        EventEnvelope sent = envelopes.wrap("c-1", 1, Instant.now(), payload);
        String wire = envelopes.write(sent);

        EventEnvelope received = envelopes.read(wire);
        CommunityRegistered back = envelopes.payload(received, CommunityRegistered.class);

        assertThat(wire).doesNotContain("org.renewal");
        assertThat(received.eventId()).isEqualTo(sent.eventId());
        assertThat(back).isEqualTo(payload);
        assertThat(back.floorArea()).isEqualTo(new BigDecimal("3120.50"));
    }

    @Test
    void anEventFromAnOlderProducerWithoutTheFieldsAddedSinceStillReads() {
        String wire = """
                {"eventId":"e-1","type":"survey.CommunityRegistered","version":1,"occurredAt":"2026-11-25T01:00:00Z",
                 "aggregateId":"c-1","aggregateVersion":1,
                 "payload":{"communityId":"c-1","name":"北山小区","districtCode":"220302","streetCode":"220302001",
                   "buildYear":1994,"buildings":[{"number":"1","households":48,"floorArea":3120.50}],
                   "buildingCount":1,"households":48,"floorArea":3120.50}}""";

        CommunityRegistered event = envelopes.payload(envelopes.read(wire), CommunityRegistered.class);

        assertThat(event.households()).isEqualTo(48);
        assertThat(event.buildings().get(0).hasElevator()).isFalse();
        assertThat(event.buildings().get(0).floors()).isNull();
        assertThat(event.propertyRight()).isNull();
    }

    @Test
    void aRecordThatIsNotAnEnvelopeIsInvalid() {
        assertThatThrownBy(() -> envelopes.read("not json")).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> envelopes.read("{\"type\":\"survey.CommunityRegistered\"}"))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void aPayloadThatDoesNotFitItsContractIsInvalid() {
        String wire = envelopes.write(envelopes.wrap("c-1", 1, Instant.now(), payload))
                .replace("\"buildYear\":1994", "\"buildYear\":\"long ago\"");

        EventEnvelope envelope = envelopes.read(wire);

        assertThatThrownBy(() -> envelopes.payload(envelope, CommunityRegistered.class))
                .isInstanceOf(InvalidEventException.class);
    }
}
