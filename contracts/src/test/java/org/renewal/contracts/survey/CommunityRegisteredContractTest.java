package org.renewal.contracts.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommunityRegisteredContractTest {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void sampleRoundTripsWithoutLosingOrAddingFields() throws IOException {
        JsonNode sample = readSample();
        CommunityRegistered event = json.treeToValue(sample, CommunityRegistered.class);
        JsonNode written = json.valueToTree(event);

        assertThat(written).isEqualTo(sample);
    }

    @Test
    void sampleCarriesTheDocumentedValues() throws IOException {
        CommunityRegistered event = json.treeToValue(readSample(), CommunityRegistered.class);

        assertThat(event.eventType()).isEqualTo("survey.CommunityRegistered");
        assertThat(event.eventVersion()).isEqualTo(1);
        assertThat(event.topic()).isEqualTo("renewal.survey.community");
        assertThat(event.buildings()).hasSize(event.buildingCount());
        assertThat(event.buildings().stream().mapToInt(CommunityRegistered.Building::households).sum())
                .isEqualTo(event.households());
        assertThat(event.buildings().stream().map(CommunityRegistered.Building::floorArea)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(event.floorArea());
    }

    @Test
    void consumersIgnoreFieldsAddedLaterInTheSameVersion() throws IOException {
        var sample = (tools.jackson.databind.node.ObjectNode) readSample();
        sample.put("addedInALaterRelease", "ignored");

        CommunityRegistered event = json.readerFor(CommunityRegistered.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(sample);

        assertThat(event.name()).isEqualTo("北山小区");
    }

    private JsonNode readSample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/samples/survey/CommunityRegistered.v1.json")) {
            return json.readTree(in);
        }
    }
}
