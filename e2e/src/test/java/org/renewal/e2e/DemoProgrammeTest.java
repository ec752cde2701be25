package org.renewal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.renewal.e2e.Journey.BuildingSpec;
import org.renewal.e2e.Journey.Site;

class DemoProgrammeTest {

    @Test
    void theSampleIsShapedLikeTheSeeds2021Batch() {
        List<Site> sites = DemoProgramme.sites();
        assertThat(sites).hasSize(24);
        assertThat(sites.stream().mapToInt(s -> s.buildings().size()).sum()).isEqualTo(146);
        assertThat(sites.stream().mapToInt(Site::households).sum()).isEqualTo(9_120);
        assertThat(sites.stream().flatMap(s -> s.buildings().stream()).map(BuildingSpec::floorArea)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("721000.00");
        assertThat(sites).allMatch(s -> s.name().startsWith("示例"));
        assertThat(new HashSet<>(sites.stream().map(Site::name).toList())).hasSize(24);
    }

    @Test
    void everyStageFromTheReserveToLongTermManagementIsRepresented() {
        assertThat(DemoProgramme.stages()).hasSize(24).containsAll(List.of(Journey.Stage.values()));
    }

    @Test
    void householdIdsAreUniqueAndFitTheBuilding() {
        BuildingSpec b = new BuildingSpec("3", 6, 2, 63, new BigDecimal("4980.00"));
        List<String> ids = Journey.households(b);
        assertThat(ids).hasSize(63).doesNotHaveDuplicates().allMatch(id -> id.matches("3-[12]-[1-6]0[1-6]"));
    }
}
