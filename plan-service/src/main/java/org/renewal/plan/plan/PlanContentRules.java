package org.renewal.plan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.plan.menu.Catalogue;
import org.renewal.plan.vote.VoteMatter;
import org.renewal.plan.vote.VoteService;
import org.renewal.platform.rules.DomainException;
import org.renewal.platform.rules.Fen;
import org.renewal.platform.web.FieldProblem;

/**
 * The rules a plan's content (一小区一方案) must meet, clause by clause, each naming the field it refuses:
 * <ul>
 *   <li><b>menu</b> — every item is on the district's menu (seed 四(三)) and not retired;</li>
 *   <li><b>scope</b> — an item covers the whole community, listed buildings of it, or (an elevator) one entrance;
 *       one line per item and scope;</li>
 *   <li><b>elevator</b> (加装电梯, 四(三)1) — exactly one entrance, on the community's rolls, and the records
 *       behind the pilot conditions: 居民协商同意 — the owners' vote it names is an {@code ELEVATOR_RETROFIT} vote
 *       of this community, building and entrance, closed and passed (Civil Code art. 278: ≥ 3/4 of the
 *       participating area and owners); 房屋安全检测达标 — a safety inspection report number and a date not in the
 *       future; 建设条件允许 — a building-conditions assessment reference and a date not in the future;
 *       建设资金落实 — the plan's own funding covering its whole cost, checked at submission
 *       ({@link Plan#requireSubmittable});</li>
 *   <li><b>dates</b> — the planned finish is not before the planned start;</li>
 *   <li><b>cost</b> — quantity × the menu's unit cost, rounded to whole fen, within {@link Fen#MAX};</li>
 *   <li><b>funding</b> — the original property unit, a utility operator or social capital is named; a utility
 *       operator's utility is given and only theirs; all amounts add up within the bound.</li>
 * </ul>
 * Content that is malformed is refused 400 naming each field; content whose elevator lacks the record of a pilot
 * condition is refused 422 {@code ELEVATOR_PILOT_CONDITION_UNMET}, naming each missing record and its clause.
 * Whether the funding adds up to the cost is checked at submission ({@link Plan#requireSubmittable}). Pure: the menu,
 * the community, the votes and the day come in as {@link Facts}.
 */
final class PlanContentRules {

    static final String ELEVATOR = "ELEVATOR_RETROFIT";
    private static final Set<FundingChannel> NAMED_PAYERS = Set.of(FundingChannel.ORIGINAL_PROPERTY_UNIT,
            FundingChannel.UTILITY_OPERATOR, FundingChannel.SOCIAL_CAPITAL);

    private PlanContentRules() {
    }

    /**
     * What the rules check a plan's content against.
     *
     * @param communityId      the plan's community
     * @param buildings        the community's building numbers
     * @param entrancesOnRolls {@code building-entrance} of the households on the rolls (empty: no rolls yet)
     * @param menu             the district's menu item of a code
     * @param votes            the owners' decision of a vote id (empty: no such vote)
     * @param today            the day the content is given (records may not be dated after it)
     */
    record Facts(String communityId, Set<String> buildings, Set<String> entrancesOnRolls,
                 Function<String, Optional<Catalogue.Priced>> menu,
                 Function<String, Optional<VoteService.Decision>> votes, LocalDate today) {
    }

    static PlanContent check(PlanRequests.Content request, Facts facts) {
        Quote quote = quote(request, facts);
        if (!quote.unmet().isEmpty()) {
            throw DomainException.ruleViolated("ELEVATOR_PILOT_CONDITION_UNMET", quote.unmet(), quote.unmet().size());
        }
        return quote.content();
    }

    /**
     * The content priced and checked as {@link #check} does, committing nothing: malformed content is still refused
     * (400), while an elevator's missing records are listed in {@link Quote#unmet} instead of refused — so a page
     * learns a plan's cost before the funding and the records are entered.
     */
    record Quote(PlanContent content, List<FieldProblem> unmet) {
    }

    static Quote quote(PlanRequests.Content request, Facts facts) {
        List<FieldProblem> errors = new ArrayList<>();
        List<FieldProblem> unmet = new ArrayList<>();
        List<PlanContent.Line> lines = new ArrayList<>();
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            line(request.items().get(i), "items[" + i + "]", facts, lineIds, errors, unmet).ifPresent(lines::add);
        }
        List<PlanContent.Source> sources = new ArrayList<>();
        for (int i = 0; i < request.funding().size(); i++) {
            sources.add(source(request.funding().get(i), "funding[" + i + "]", errors));
        }
        if (!errors.isEmpty()) {
            errors.addAll(unmet);
            throw DomainException.invalid(errors);
        }
        long total = Fen.sum("items", lines.stream().mapToLong(PlanContent.Line::cost));
        Fen.sum("funding", sources.stream().mapToLong(PlanContent.Source::amount));
        return new Quote(new PlanContent(List.copyOf(lines), List.copyOf(sources), total), List.copyOf(unmet));
    }

    private static Optional<PlanContent.Line> line(PlanRequests.ItemInput in, String path, Facts facts,
                                                   Set<String> lineIds, List<FieldProblem> errors,
                                                   List<FieldProblem> unmet) {
        Set<String> buildings = facts.buildings();
        Optional<Catalogue.Priced> item = facts.menu().apply(in.code());
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
        PlanContent.ElevatorPilot pilot = null;
        if (ELEVATOR.equals(in.code())) {
            pilot = elevator(in, path, scopeBuildings, entrances, facts, errors, unmet);
        } else {
            if (!entrances.isEmpty()) {
                errors.add(new FieldProblem(path + ".entrances", "plan.entrancesOnlyForElevator"));
            }
            if (in.elevatorPilot() != null) {
                errors.add(new FieldProblem(path + ".elevatorPilot", "plan.elevatorPilotOnlyForElevator"));
            }
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
                in.plannedFinish(), pilot));
    }

    /**
     * 加装电梯 (seed 四(三)1): one entrance of the community, on its rolls, and the record behind each pilot
     * condition it can check here — the owners' vote of that entrance (居民协商同意), the safety inspection report
     * (房屋安全检测达标), the building-conditions assessment (建设条件允许).
     */
    private static PlanContent.ElevatorPilot elevator(PlanRequests.ItemInput in, String path,
                                                      List<String> scopeBuildings,
                                                      List<PlanContent.Entrance> entrances, Facts facts,
                                                      List<FieldProblem> errors, List<FieldProblem> unmet) {
        PlanContent.Entrance entrance = entrances.size() == 1 && scopeBuildings.isEmpty() ? entrances.get(0) : null;
        if (entrance == null) {
            errors.add(new FieldProblem(path + ".entrances", "plan.elevatorPerEntrance"));
        } else {
            if (!facts.buildings().contains(entrance.building())) {
                errors.add(new FieldProblem(path + ".entrances[0].building", "plan.noSuchBuilding"));
            } else if (!facts.entrancesOnRolls().isEmpty()
                    && !facts.entrancesOnRolls().contains(entrance.building() + "-" + entrance.entrance())) {
                errors.add(new FieldProblem(path + ".entrances[0].entrance", "plan.noSuchEntrance"));
            }
        }
        var p = in.elevatorPilot();
        if (p == null) {
            unmet.add(new FieldProblem(path + ".elevatorPilot", "plan.elevatorPilotRequired"));
            return null;
        }
        String pilot = path + ".elevatorPilot.";
        String voteId = p.ownersVoteId().strip();
        Optional<String> voteProblem = facts.votes().apply(voteId)
                .map(vote -> residentsAgreed(vote, facts.communityId(), entrance))
                .orElse(Optional.of("plan.elevatorVoteNotFound"));
        voteProblem.ifPresent(code -> unmet.add(new FieldProblem(pilot + "ownersVoteId", code)));
        if (p.safetyInspectedOn().isAfter(facts.today())) {
            unmet.add(new FieldProblem(pilot + "safetyInspectedOn", "plan.elevatorRecordInFuture"));
        }
        if (p.conditionsAssessedOn().isAfter(facts.today())) {
            unmet.add(new FieldProblem(pilot + "conditionsAssessedOn", "plan.elevatorRecordInFuture"));
        }
        return new PlanContent.ElevatorPilot(voteId, p.safetyReportNumber().strip(), p.safetyInspectedOn(),
                p.conditionsAssessmentReference().strip(), p.conditionsAssessedOn());
    }

    /**
     * 居民协商同意: the named vote decided an elevator for this community's entrance, and passed. Empty when it did;
     * else the problem's code.
     */
    static Optional<String> residentsAgreed(VoteService.Decision vote, String communityId,
                                            PlanContent.Entrance entrance) {
        if (!vote.communityId().equals(communityId)) {
            return Optional.of("plan.elevatorVoteNotFound");
        }
        if (vote.matter() != VoteMatter.ELEVATOR_RETROFIT) {
            return Optional.of("plan.elevatorVoteWrongMatter");
        }
        if (entrance != null && !(entrance.building().equals(vote.buildingNumber())
                && entrance.entrance().equals(vote.entrance()))) {
            return Optional.of("plan.elevatorVoteOtherEntrance");
        }
        if (!vote.closed()) {
            return Optional.of("plan.elevatorVoteOpen");
        }
        return vote.passed() ? Optional.empty() : Optional.of("plan.elevatorVoteNotPassed");
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
}
