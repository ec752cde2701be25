package org.renewal.plan.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import org.renewal.contracts.funding.FundingChannel;
import org.renewal.platform.dictionary.Labelled;

/**
 * Sums over cells of the programme's figures ({@link ProgrammeFigures.Cell}), shared by the overview and the
 * statistical return so both report the same numbers: funding per channel (exact fen), residents' satisfaction
 * (mean weighted by respondents) and the cumulative acceptances (burn-up). Pure.
 */
final class ProgrammeSums {

    private ProgrammeSums() {
    }

    @Schema(name = "ChannelFigures", description = "Funding of one channel (资金渠道), fen: planned in approved plans, "
            + "pledged and received in the funding ledger (refunds and reversals deducted)")
    record ChannelFigures(@Schema(example = "GOVERNMENT_DISTRICT") String channel, Labelled.Label label,
                          @Schema(example = "9436000") long planned, @Schema(example = "9436000") long pledged,
                          @Schema(example = "8000000") long received) {
    }

    @Schema(name = "SatisfactionFigures", description = "Residents' satisfaction evaluations (效果共评) published: "
            + "communities, households that answered, and the average overall score (1–5) weighted by respondents")
    record SatisfactionFigures(int communities, int respondents, @Schema(example = "4.35") BigDecimal averageOverall) {
    }

    @Schema(name = "CompletionPoint", description = "Burn-up: communities accepted (竣工验收) up to and including a "
            + "date, cumulative, in the four units")
    record CompletionPoint(LocalDate date, int communities, int buildings, int households, BigDecimal floorArea) {
    }

    static List<ChannelFigures> funding(List<ProgrammeFigures.Cell> cells) {
        List<ChannelFigures> figures = new ArrayList<>();
        for (FundingChannel channel : FundingChannel.values()) {
            long[] sum = new long[3];
            for (ProgrammeFigures.Cell cell : cells) {
                long[] x = cell.funding.get(channel.name());
                for (int i = 0; x != null && i < 3; i++) {
                    sum[i] = Math.addExact(sum[i], x[i]);
                }
            }
            figures.add(new ChannelFigures(channel.name(), new Labelled.Label(channel.labelZh(), channel.labelEn()),
                    sum[0], sum[1], sum[2]));
        }
        return figures;
    }

    static SatisfactionFigures satisfaction(List<ProgrammeFigures.Cell> cells) {
        int evaluated = 0;
        long respondents = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (ProgrammeFigures.Cell cell : cells) {
            evaluated += cell.satisfactionCommunities;
            respondents += cell.satisfactionRespondents;
            weighted = weighted.add(cell.satisfactionWeighted);
        }
        return new SatisfactionFigures(evaluated, (int) respondents, respondents == 0 ? null
                : weighted.divide(BigDecimal.valueOf(respondents), 2, RoundingMode.HALF_UP));
    }

    static List<CompletionPoint> completions(List<ProgrammeFigures.Cell> cells) {
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        TreeMap<LocalDate, BigDecimal> areas = new TreeMap<>();
        for (ProgrammeFigures.Cell cell : cells) {
            cell.accepted.forEach((day, x) -> {
                long[] sum = days.computeIfAbsent(day, d -> new long[3]);
                for (int i = 0; i < 3; i++) {
                    sum[i] += x[i];
                }
            });
            cell.acceptedArea.forEach((day, a) -> areas.merge(day, a, BigDecimal::add));
        }
        List<CompletionPoint> points = new ArrayList<>();
        long[] running = new long[3];
        BigDecimal area = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
            for (int i = 0; i < 3; i++) {
                running[i] += day.getValue()[i];
            }
            area = area.add(areas.get(day.getKey()));
            points.add(new CompletionPoint(day.getKey(), (int) running[0], (int) running[1], (int) running[2], area));
        }
        return points;
    }
}
