package org.renewal.plan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.plan.menu.Catalogue;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.rules.Fen;
import org.renewal.platform.web.FieldProblem;

/**
 * The rules a plan's content (一小区一方案) must meet, clause by clause, each naming the field it refuses:
 * <ul>
 *   <li><b>menu</b> — every item is on the district's menu (seed 四(三)) and not retired;</li>
 *   <li><b>scope</b> — an item covers the whole community, listed buildings of it, or (an elevator) one entrance;
 *       one line per item and scope;</li>
 *   <li><b>elevator</b> (加装电梯, 四(三)1) — exactly one entrance, on the community's rolls, and the four pilot
 *       conditions (房屋安全检测达标、建设条件允许、居民协商同意、建设资金落实) all met;</li>
 *   <li><b>dates</b> — the planned finish is not before the planned start;</li>
 *   <li><b>cost</b> — quantity × the menu's unit cost, rounded to whole fen, within {@link Fen#MAX};</li>
 *   <li><b>funding</b> — the original property unit, a utility operator or social capital is named; a utility
 *       operator's utility is given and only theirs; all amounts add up within the bound.</li>
 * </ul>
 * Whether the funding adds up to the cost is checked at submission ({@link Plan#requireSubmittable}). Pure: the menu
 * and the community come in as arguments.
 */
final class PlanContentRules {

    static final String ELEVATOR = "ELEVATOR_RETROFIT";
    private static final Set<FundingChannel> NAMED_PAYERS = Set.of(FundingChannel.ORIGINAL_PROPERTY_UNIT,
            FundingChannel.UTILITY_OPERATOR, FundingChannel.SOCIAL_CAPITAL);

    private PlanContentRules() {
    }

    /**
     * @param buildings        the community's building numbers
     * @param entrancesOnRolls {@code building-entrance} of the households on the rolls (empty: no rolls yet)
     * @param menu             the district's menu item of a code
     */
    static PlanContent check(PlanRequests.Content request, Set<String> buildings, Set<String> entrancesOnRolls,
                             Function<String, Optional<Catalogue.Priced>> menu) {
        List<FieldProblem> errors = new ArrayList<>();
        List<PlanContent.Line> lines = new ArrayList<>();
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            line(request.items().get(i), "items[" + i + "]", buildings, entrancesOnRolls, menu, lineIds, errors)
                    .ifPresent(lines::add);
        }
        List<PlanContent.Source> sources = new ArrayList<>();
        for (int i = 0; i < request.funding().size(); i++) {
            sources.add(source(request.funding().get(i), "funding[" + i + "]", errors));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        long total = Fen.sum("items", lines.stream().mapToLong(PlanContent.Line::cost));
        Fen.sum("funding", sources.stream().mapToLong(PlanContent.Source::amount));
        return new PlanContent(List.copyOf(lines), List.copyOf(sources), total);
    }

    private static Optional<PlanContent.Line> line(PlanRequests.ItemInput in, String path, Set<String> buildings,
                                                   Set<String> entrancesOnRolls,
                                                   Function<String, Optional<Catalogue.Priced>> menu,
                                                   Set<String> lineIds, List<FieldProblem> errors) {
        Optional<Catalogue.Priced> item = menu.apply(in.code());
        if (item.isEmpty()) {
            errors.add(new FieldProblem(path + ".code", "plan.unknownItem"));
            return Optional.empty();
        }
        if (item.get().retired()) {
            errors.add(new FieldProblem(path + ".code", "plan.retiredItem"));
        }
        List<String> scopeBuildings = in.buildings() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(in.buildings().stream().map(String::strip).toList()));
        List<PlanContent.Entrance> entrances = in.entrances() == null ? List.of() : in.entrances().stream()
                .map(e -> new PlanContent.Entrance(e.building().strip(), e.entrance().strip())).toList();
        for (int b = 0; b < scopeBuildings.size(); b++) {
            if (!buildings.contains(scopeBuildings.get(b))) {
                errors.add(new FieldProblem(path + ".buildings[" + b + "]", "plan.noSuchBuilding"));
            }
        }
        PlanContent.ElevatorConditions conditions = null;
        if (ELEVATOR.equals(in.code())) {
            conditions = elevator(in, path, scopeBuildings, entrances, buildings, entrancesOnRolls, errors);
        } else if (!entrances.isEmpty()) {
            errors.add(new FieldProblem(path + ".entrances", "plan.entrancesOnlyForElevator"));
        }
        if (in.plannedFinish().isBefore(in.plannedStart())) {
            errors.add(new FieldProblem(path + ".plannedFinish", "plan.finishBeforeStart"));
        }
        String scope = !entrances.isEmpty() ? entrances.get(0).building() + "-" + entrances.get(0).entrance()
                : scopeBuildings.isEmpty() ? "all" : String.join(",", scopeBuildings);
        String lineId = in.code() + "@" + scope;
        if (!lineIds.add(lineId)) {
            errors.add(new FieldProblem(path, "plan.duplicateLine"));
        }
        long unitCost = item.get().unitCost();
        BigDecimal exactCost = in.quantity().multiply(BigDecimal.valueOf(unitCost)).setScale(0, RoundingMode.HALF_UP);
        if (exactCost.compareTo(BigDecimal.valueOf(Fen.MAX)) > 0) {
            errors.add(new FieldProblem(path + ".quantity", "amount.outOfRange"));
            return Optional.empty();
        }
        return Optional.of(new PlanContent.Line(lineId, in.code(), item.get().labelZh(), item.get().unit(),
                in.quantity(), unitCost, exactCost.longValueExact(), scopeBuildings, entrances, in.plannedStart(),
                in.plannedFinish(), conditions));
    }

    /** 加装电梯: one entrance of the community, on its rolls; the four pilot conditions met. */
    private static PlanContent.ElevatorConditions elevator(PlanRequests.ItemInput in, String path,
                                                           List<String> scopeBuildings,
                                                           List<PlanContent.Entrance> entrances, Set<String> buildings,
                                                           Set<String> entrancesOnRolls, List<FieldProblem> errors) {
        if (entrances.size() != 1 || !scopeBuildings.isEmpty()) {
            errors.add(new FieldProblem(path + ".entrances", "plan.elevatorPerEntrance"));
        } else {
            PlanContent.Entrance e = entrances.get(0);
            if (!buildings.contains(e.building())) {
                errors.add(new FieldProblem(path + ".entrances[0].building", "plan.noSuchBuilding"));
            } else if (!entrancesOnRolls.isEmpty() && !entrancesOnRolls.contains(e.building() + "-" + e.entrance())) {
                errors.add(new FieldProblem(path + ".entrances[0].entrance", "plan.noSuchEntrance"));
            }
        }
        var c = in.elevatorConditions();
        if (c == null) {
            errors.add(new FieldProblem(path + ".elevatorConditions", "plan.elevatorConditionsRequired"));
            return null;
        }
        unmet(errors, path, "safetyInspectionPassed", c.safetyInspectionPassed());
        unmet(errors, path, "constructionConditionsAllow", c.constructionConditionsAllow());
        unmet(errors, path, "residentsAgreed", c.residentsAgreed());
        unmet(errors, path, "fundsInPlace", c.fundsInPlace());
        return new PlanContent.ElevatorConditions(c.safetyInspectionPassed(), c.constructionConditionsAllow(),
                c.residentsAgreed(), c.fundsInPlace());
    }

    /** A funding source: who pays must be named for some channels; a utility only for a utility operator. */
    private static PlanContent.Source source(PlanRequests.SourceInput s, String path, List<FieldProblem> errors) {
        if (NAMED_PAYERS.contains(s.channel()) && (s.payer() == null || s.payer().isBlank())) {
            errors.add(new FieldProblem(path + ".payer", "plan.payerRequired"));
        }
        if (s.channel() == FundingChannel.UTILITY_OPERATOR && s.utility() == null) {
            errors.add(new FieldProblem(path + ".utility", "plan.utilityRequired"));
        }
        if (s.channel() != FundingChannel.UTILITY_OPERATOR && s.utility() != null) {
            errors.add(new FieldProblem(path + ".utility", "plan.utilityOnlyForOperators"));
        }
        return new PlanContent.Source(s.channel(), s.payer() == null ? null : s.payer().strip(), s.utility(),
                s.amount());
    }

    private static void unmet(List<FieldProblem> errors, String path, String condition, boolean met) {
        if (!met) {
            errors.add(new FieldProblem(path + ".elevatorConditions." + condition, "plan.elevatorConditionUnmet"));
        }
    }
}
