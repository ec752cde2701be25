package org.renewal.plan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;

/** What changed between two revisions of a plan: lines added, removed or changed (field by field), funding, cost. */
@Schema(name = "PlanDiff")
record PlanDiff(@Schema(example = "1") int from, @Schema(example = "2") int to,
                List<String> added, List<String> removed, List<LineChange> changed,
                @Schema(description = "Funding sources before and after, when they differ") List<PlanContent.Source> fundingBefore,
                List<PlanContent.Source> fundingAfter,
                @Schema(example = "98765400") long totalCostBefore, @Schema(example = "97000000") long totalCostAfter) {

    @Schema(name = "PlanLineChange")
    record LineChange(@Schema(example = "ROOF_WATERPROOFING@all") String lineId, List<FieldChange> fields) {
    }

    @Schema(name = "PlanFieldChange")
    record FieldChange(@Schema(example = "quantity") String field, @Schema(example = "1250.50") String before,
                       @Schema(example = "1180.00") String after) {
    }

    static PlanDiff between(Revision a, Revision b) {
        Map<String, PlanContent.Line> before = index(a.content());
        Map<String, PlanContent.Line> after = index(b.content());
        List<String> added = after.keySet().stream().filter(k -> !before.containsKey(k)).toList();
        List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
        List<LineChange> changed = new ArrayList<>();
        for (var entry : after.entrySet()) {
            PlanContent.Line old = before.get(entry.getKey());
            if (old == null) {
                continue;
            }
            PlanContent.Line now = entry.getValue();
            List<FieldChange> fields = new ArrayList<>();
            compare(fields, "quantity", old.quantity() == null ? null : old.quantity().stripTrailingZeros().toPlainString(),
                    now.quantity() == null ? null : now.quantity().stripTrailingZeros().toPlainString());
            compare(fields, "unitCost", old.unitCost(), now.unitCost());
            compare(fields, "cost", old.cost(), now.cost());
            compare(fields, "plannedStart", old.plannedStart(), now.plannedStart());
            compare(fields, "plannedFinish", old.plannedFinish(), now.plannedFinish());
            compare(fields, "elevatorPilot", old.elevatorPilot(), now.elevatorPilot());
            if (!fields.isEmpty()) {
                changed.add(new LineChange(entry.getKey(), fields));
            }
        }
        boolean fundingChanged = !a.content().funding().equals(b.content().funding());
        return new PlanDiff(a.number(), b.number(), added, removed, changed,
                fundingChanged ? a.content().funding() : List.of(), fundingChanged ? b.content().funding() : List.of(),
                a.content().totalCost(), b.content().totalCost());
    }

    private static Map<String, PlanContent.Line> index(PlanContent content) {
        Map<String, PlanContent.Line> lines = new LinkedHashMap<>();
        content.items().forEach(l -> lines.put(l.lineId(), l));
        return lines;
    }

    private static void compare(List<FieldChange> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, Objects.toString(before, null), Objects.toString(after, null)));
        }
    }
}
