package org.renewal.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.junit.jupiter.api.Test;

class DerivedExamplesTest {

    @Test
    void anIntegerExampleStartsAtItsLowerBoundAndNeverPassesItsUpperOne() {
        assertThat(DerivedExamples.example("households", new IntegerSchema().minimum(BigDecimal.valueOf(5)))).isEqualTo(5L);
        assertThat(DerivedExamples.example("households", new IntegerSchema())).isEqualTo(1L);
        assertThat(DerivedExamples.example("n", new IntegerSchema().maximum(BigDecimal.ZERO))).isNull();
        assertThat(DerivedExamples.example("x", new NumberSchema().maximum(BigDecimal.ONE))).isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aStringExampleMustMatchThePropertysOwnPatternAndLength() {
        assertThat(DerivedExamples.example("streetCode", new StringSchema())).isEqualTo("220302001");
        assertThat(DerivedExamples.example("streetCode", new StringSchema().pattern("^(?:\\d{6})$"))).isNull();
        assertThat(DerivedExamples.example("communityName", new StringSchema().maxLength(3))).isNull();
        assertThat(DerivedExamples.example("whatever", new StringSchema())).as("nothing is known of it").isNull();
    }

    @Test
    void anEnumGivesItsFirstValueAndAnArrayItsItemsAsOften() {
        Schema<String> codes = new StringSchema();
        codes.setEnum(List.of("AREA", "EQUAL"));
        assertThat(DerivedExamples.example("method", codes)).isEqualTo("AREA");
        assertThat(DerivedExamples.example("photos", new ArraySchema().items(new StringSchema()).minItems(2)))
                .isEqualTo(List.of("photos/2026/12/6750a1c2.jpg", "photos/2026/12/6750a1c2.jpg"));
        assertThat(DerivedExamples.example("photos", new ArraySchema().items(new StringSchema()).minItems(2)
                .uniqueItems(true))).as("two equal items cannot be unique").isNull();
    }

    @Test
    void aHandWrittenExampleIsKeptAndAMissingOneDerived() {
        Schema<?> kept = new StringSchema().example("220302007");
        Schema<?> missing = new StringSchema();
        missing.setTypes(Set.of("string", "null"));
        missing.setType(null);
        OpenAPI api = new OpenAPI().components(new Components().addSchemas("Place",
                new ObjectSchema().addProperty("streetCode", kept).addProperty("districtCode", missing)));

        new DerivedExamples().customise(api);

        assertThat(kept.getExample()).isEqualTo("220302007");
        assertThat(missing.getExample()).isEqualTo("220302");
    }
}
