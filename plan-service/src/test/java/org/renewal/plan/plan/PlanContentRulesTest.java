package org.renewal.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.renewal.contracts.funding.FundingChannel;
import org.renewal.contracts.funding.UtilityKind;
import org.renewal.plan.menu.Catalogue;
import org.renewal.plan.vote.VoteMatter;
import org.renewal.plan.vote.VoteService;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.rules.Fen;

/** The plan content's rules, clause by clause, each naming the field it refuses (no Spring, no store). */
class PlanContentRulesTest {

    private static final LocalDate START = LocalDate.of(2027, 4, 1);
    private static final Set<String> BUILDINGS = Set.of("1", "2");
    private static final Set<String> ENTRANCES = Set.of("1-1", "1-2", "2-1");
    private static final Map<String, Catalogue.Priced> MENU = Map.of(
            "ROOF_WATERPROOFING", new Catalogue.Priced("ROOF_WATERPROOFING", "屋面防水", "Roof", "m2", 8_000, false),
            "ELEVATOR_RETROFIT", new Catalogue.Priced("ELEVATOR_RETROFIT", "加装电梯", "Elevator", "部", 50_000_000, false),
            "OLD_ITEM", new Catalogue.Priced("OLD_ITEM", "旧项目", "Old", "项", 100, true));
    private static final Function<String, Optional<Catalogue.Priced>> LOOKUP = code -> Optional.ofNullable(MENU.get(code));

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Map<String, VoteService.Decision> VOTES = Map.of(
            "passed-1-2", new VoteService.Decision("passed-1-2", "c1", VoteMatter.ELEVATOR_RETROFIT, "1", "2", true, true),
            "passed-1-1", new VoteService.Decision("passed-1-1", "c1", VoteMatter.ELEVATOR_RETROFIT, "1", "1", true, true),
            "failed-1-2", new VoteService.Decision("failed-1-2", "c1", VoteMatter.ELEVATOR_RETROFIT, "1", "2", true, false),
            "open-1-2", new VoteService.Decision("open-1-2", "c1", VoteMatter.ELEVATOR_RETROFIT, "1", "2", false, false),
            "renovation", new VoteService.Decision("renovation", "c1", VoteMatter.RENOVATION, null, null, true, true),
            "elsewhere-1-2", new VoteService.Decision("elsewhere-1-2", "c2", VoteMatter.ELEVATOR_RETROFIT, "1", "2",
                    true, true));

    private static PlanRequests.ElevatorPilotInput pilot(String voteId, LocalDate inspected, LocalDate assessed) {
        return new PlanRequests.ElevatorPilotInput(voteId, "铁西房检〔2027〕015号", inspected, "铁西住建评〔2027〕008号",
                assessed);
    }

    private static final PlanRequests.ElevatorPilotInput ALL_MET = pilot("passed-1-2", TODAY, TODAY.minusDays(3));

    private static PlanRequests.ItemInput item(String code, String quantity, List<String> buildings,
                                               List<PlanRequests.EntranceInput> entrances,
                                               PlanRequests.ElevatorPilotInput conditions) {
        return new PlanRequests.ItemInput(code, new BigDecimal(quantity), buildings, entrances, START,
                START.plusMonths(2), conditions);
    }

    private static PlanRequests.SourceInput district(long amount) {
        return new PlanRequests.SourceInput(FundingChannel.GOVERNMENT_DISTRICT, null, null, amount);
    }

    private static PlanContent check(List<PlanRequests.ItemInput> items, List<PlanRequests.SourceInput> funding) {
        return PlanContentRules.check(new PlanRequests.Content(items, funding), new PlanContentRules.Facts("c1",
                BUILDINGS, ENTRANCES, LOOKUP, id -> Optional.ofNullable(VOTES.get(id)), TODAY));
    }

    /** Refused 422 for lack of a pilot condition's record, naming each field. */
    private static void unmet(Runnable call, String... fields) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.RULE_VIOLATED);
            assertThat(e.code()).isEqualTo("ELEVATOR_PILOT_CONDITION_UNMET");
            assertThat(e.errors()).extracting(p -> p.field()).containsExactlyInAnyOrder(fields);
        });
    }

    private static void refusesField(Runnable call, String... fields) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.errors()).extracting(p -> p.field()).containsExactlyInAnyOrder(fields);
        });
    }

    @Test
    void costsAreQuantityTimesTheMenusUnitCostInWholeFenRoundedHalfUp() {
        // 1,250.55 m² × 80.00 yuan = 100,044.00 yuan; 0.01 m² × 80 yuan = 0.80 yuan
        PlanContent content = check(List.of(item("ROOF_WATERPROOFING", "1250.55", List.of("1"), null, null),
                item("ROOF_WATERPROOFING", "0.01", List.of("2"), null, null)), List.of(district(10_004_480)));

        assertThat(content.items()).extracting(PlanContent.Line::cost).containsExactly(10_004_400L, 80L);
        assertThat(content.totalCost()).isEqualTo(10_004_480L);
        assertThat(content.items().get(0).lineId()).isEqualTo("ROOF_WATERPROOFING@1");
    }

    @Test
    void anItemOffTheMenuOrRetiredIsRefusedOnItsCode() {
        refusesField(() -> check(List.of(item("NOPE", "1", null, null, null)), List.of()), "items[0].code");
        refusesField(() -> check(List.of(item("OLD_ITEM", "1", null, null, null)), List.of()), "items[0].code");
    }

    @Test
    void aScopeNamesBuildingsOfTheCommunityAndEachItemAndScopeIsOneLine() {
        refusesField(() -> check(List.of(item("ROOF_WATERPROOFING", "1", List.of("1", "9"), null, null)), List.of()),
                "items[0].buildings[1]");
        refusesField(() -> check(List.of(item("ROOF_WATERPROOFING", "1", List.of("1"), null, null),
                item("ROOF_WATERPROOFING", "2", List.of(" 1"), null, null)), List.of()), "items[1]");
        refusesField(() -> check(List.of(item("ROOF_WATERPROOFING", "1", null,
                List.of(new PlanRequests.EntranceInput("1", "1")), null)), List.of()), "items[0].entrances");
    }

    @Test
    void anElevatorIsForOneEntranceOnTheRollsWithThePassedVoteOfThatEntranceAndDatedRecords() {
        var entrance = List.of(new PlanRequests.EntranceInput("1", "2"));
        PlanContent ok = check(List.of(item("ELEVATOR_RETROFIT", "1", null, entrance, ALL_MET)), List.of(district(1)));
        assertThat(ok.items().get(0).lineId()).isEqualTo("ELEVATOR_RETROFIT@1-2");
        assertThat(ok.items().get(0).elevatorPilot().ownersVoteId()).isEqualTo("passed-1-2");
        assertThat(ok.items().get(0).elevatorPilot().safetyInspectedOn()).isEqualTo(TODAY);

        refusesField(() -> check(List.of(item("ELEVATOR_RETROFIT", "1", List.of("1"), null, ALL_MET)), List.of()),
                "items[0].entrances");
        refusesField(() -> check(List.of(item("ELEVATOR_RETROFIT", "1", null,
                List.of(new PlanRequests.EntranceInput("1", "9")), ALL_MET)), List.of()),
                "items[0].entrances[0].entrance", "items[0].elevatorPilot.ownersVoteId");
        unmet(() -> check(List.of(item("ELEVATOR_RETROFIT", "1", null, entrance, null)), List.of()),
                "items[0].elevatorPilot");
        refusesField(() -> check(List.of(item("ROOF_WATERPROOFING", "1", null, null, ALL_MET)), List.of()),
                "items[0].elevatorPilot");
    }

    @Test
    void residentsAgreedIsThePassedClosedElevatorVoteOfThisCommunityAndEntrance() {
        var entrance = List.of(new PlanRequests.EntranceInput("1", "2"));
        for (var refused : Map.of("passed-1-1", "plan.elevatorVoteOtherEntrance",
                "failed-1-2", "plan.elevatorVoteNotPassed", "open-1-2", "plan.elevatorVoteOpen",
                "renovation", "plan.elevatorVoteWrongMatter", "elsewhere-1-2", "plan.elevatorVoteNotFound",
                "no-such-vote", "plan.elevatorVoteNotFound").entrySet()) {
            assertThatThrownBy(() -> check(List.of(item("ELEVATOR_RETROFIT", "1", null, entrance,
                    pilot(refused.getKey(), TODAY, TODAY))), List.of()))
                    .as(refused.getKey()).isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("ELEVATOR_PILOT_CONDITION_UNMET");
                        assertThat(e.errors()).extracting(p -> p.field() + " " + p.message())
                                .containsExactly("items[0].elevatorPilot.ownersVoteId " + refused.getValue());
                    });
        }
    }

    @Test
    void theInspectionAndTheAssessmentAreRecordsDatedNoLaterThanToday() {
        var entrance = List.of(new PlanRequests.EntranceInput("1", "2"));
        check(List.of(item("ELEVATOR_RETROFIT", "1", null, entrance, pilot("passed-1-2", TODAY, TODAY))), List.of());

        unmet(() -> check(List.of(item("ELEVATOR_RETROFIT", "1", null, entrance,
                        pilot("passed-1-2", TODAY.plusDays(1), TODAY.plusDays(1)))), List.of()),
                "items[0].elevatorPilot.safetyInspectedOn", "items[0].elevatorPilot.conditionsAssessedOn");
    }

    @Test
    void theFinishIsNotBeforeTheStartAndACostBeyondTheBoundIsRefusedOnTheQuantity() {
        var backwards = new PlanRequests.ItemInput("ROOF_WATERPROOFING", BigDecimal.ONE, null, null, START,
                START.minusDays(1), null);
        refusesField(() -> check(List.of(backwards), List.of()), "items[0].plannedFinish");
        // 999,999,999.99 units × 50,000,000 fen is far beyond 10^12 fen
        refusesField(() -> check(List.of(item("ELEVATOR_RETROFIT", "999999999.99", null,
                List.of(new PlanRequests.EntranceInput("1", "2")), ALL_MET)), List.of()), "items[0].quantity");
    }

    @Test
    void somePayersMustBeNamedAndAUtilityBelongsToUtilityOperatorsOnly() {
        var item = List.of(item("ROOF_WATERPROOFING", "1", null, null, null));
        refusesField(() -> check(item, List.of(new PlanRequests.SourceInput(FundingChannel.SOCIAL_CAPITAL, " ", null,
                8_000L))), "funding[0].payer");
        refusesField(() -> check(item, List.of(new PlanRequests.SourceInput(FundingChannel.UTILITY_OPERATOR,
                "四平市供水公司", null, 8_000L))), "funding[0].utility");
        refusesField(() -> check(item, List.of(new PlanRequests.SourceInput(FundingChannel.GOVERNMENT_DISTRICT, null,
                UtilityKind.WATER, 8_000L))), "funding[0].utility");
    }

    @Test
    void sourcesThatTogetherPassTheBoundAreRefused() {
        var item = List.of(item("ROOF_WATERPROOFING", "1", null, null, null));

        assertThatThrownBy(() -> check(item, List.of(district(Fen.MAX), district(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_OUT_OF_RANGE"));
    }
}
