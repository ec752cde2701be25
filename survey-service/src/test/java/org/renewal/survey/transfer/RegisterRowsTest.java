package org.renewal.survey.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.renewal.platform.web.ProblemMessages;
import org.renewal.survey.transfer.SheetReader.SheetRow;

/** A community's sheet rows turned into a registration, every problem at its row and column (no Spring, no store). */
class RegisterRowsTest {

    private final RegisterRows rows = new RegisterRows(Validation.buildDefaultValidatorFactory().getValidator(),
            new ProblemMessages());

    private static SheetRow row(int number, String building, String households, Map<RegisterColumns, String> more) {
        Map<RegisterColumns, String> cells = new EnumMap<>(RegisterColumns.class);
        cells.put(RegisterColumns.DISTRICT_CODE, "220302");
        cells.put(RegisterColumns.STREET_CODE, "220302001");
        cells.put(RegisterColumns.NAME, "北山小区");
        cells.put(RegisterColumns.BUILD_YEAR, "1994");
        cells.put(RegisterColumns.PROPERTY_RIGHT, "房改房");
        cells.put(RegisterColumns.MANAGEMENT_STATUS, "NONE");
        cells.put(RegisterColumns.BUILDING_NUMBER, building);
        cells.put(RegisterColumns.FLOORS, "6");
        cells.put(RegisterColumns.HOUSEHOLDS, households);
        cells.put(RegisterColumns.FLOOR_AREA, "1,500.50");
        cells.putAll(more);
        return new SheetRow(number, cells);
    }

    @Test
    void aCommunitysRowsBecomeOneRegistrationWithABuildingEach() {
        RegisterRows.Checked checked = rows.check(List.of(row(2, "1", "24", Map.of()), row(3, "2", "36", Map.of())),
                Locale.CHINA);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.entry().name()).isEqualTo("北山小区");
        assertThat(checked.entry().buildings()).hasSize(2);
        assertThat(checked.entry().buildings().get(1).households()).isEqualTo(36);
        assertThat(checked.entry().buildings().get(0).floorArea()).isEqualByComparingTo("1500.50");
    }

    @Test
    void everyProblemIsLocatedAtItsRowAndColumnAndAnUnreadableCellOnlyOnce() {
        RegisterRows.Checked checked = rows.check(List.of(
                row(2, "1", "二十四", Map.of()),
                row(3, "2", "36", Map.of(RegisterColumns.BUILD_YEAR, "1995")),
                row(4, "3", "12", Map.of(RegisterColumns.HAS_ELEVATOR, "maybe"))), Locale.CHINA);

        assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.field())
                .containsExactlyInAnyOrder("2:households", "3:buildYear", "4:hasElevator");
        assertThat(checked.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("import."));
    }

    @Test
    void aRuleOfTheRegisterIsLocatedOnTheBuildingsRow() {
        RegisterRows.Checked checked = rows.check(List.of(row(2, "1", "24", Map.of()), row(3, "2", "0", Map.of())),
                Locale.ENGLISH);

        assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.field()).contains("3:households");
    }
}
