package org.renewal.funding.ledger;

import org.renewal.platform.rules.Fen;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of funding plans. Amounts are whole fen (分): a JSON integer, no fractions. */
final class FundingRequests {

    private FundingRequests() {
    }

    @Schema(name = "MoneyMovement", description = "A pledge, receipt or refund from/to a planned source")
    record Movement(
            @Schema(description = "The source key, CHANNEL:payer, as listed in the plan's sources",
                    example = "GOVERNMENT_DISTRICT:区级财政") @NotBlank @Size(max = 200) String source,
            @Schema(description = "Amount in fen, a whole positive number", example = "5000000") @NotNull @Positive
            @Max(Fen.MAX) Long amount,
            @Schema(description = "Value date", example = "2027-03-15") @NotNull LocalDate date,
            @Schema(example = "区财政第一批资金") @Size(max = 500) String memo) {
    }

    @Schema(name = "Disbursement", description = "A payment to a unit under contract")
    record Disbursement(
            @Schema(description = "The unit: ROLE:credit code", example = "CONTRACTOR:91220302MA0000000Q") @NotBlank
            @Size(max = 60) String unit,
            @Schema(description = "Amount in fen", example = "3000000") @NotNull @Positive @Max(Fen.MAX)
            Long amount,
            @Schema(example = "2027-05-20") @NotNull LocalDate date,
            @Schema(example = "进度款第一期") @Size(max = 500) String memo) {
    }

    @Schema(name = "Reversal", description = "A correction: reverses a ledger entry (never edits it)")
    record Reversal(@Schema(example = "2a9c0b7e-2d1f-3c4b-9a8e-7f6d5c4b3a21") @NotBlank String entryId,
                    @Schema(example = "2027-03-16") @NotNull LocalDate date,
                    @Schema(example = "误录金额，冲销") @NotBlank @Size(max = 500) String memo) {
    }

    @Schema(name = "DueDate")
    record Due(@Schema(example = "2027-04-01") @NotNull LocalDate dueDate) {
    }

    @Schema(name = "ShareRequest", description = "Split a source's amount among households (居民出资分摊)")
    record Shares(
            @Schema(example = "RESIDENTS:居民出资") @NotBlank @Size(max = 200) String source,
            @Schema(description = "AREA (by exclusive area), EQUAL, or ELEVATOR (floor coefficient × area, one entrance)",
                    example = "AREA") @NotNull @Pattern(regexp = "AREA|EQUAL|ELEVATOR") String method,
            @Schema(description = "Amount in fen to split", example = "744000") @NotNull @Positive
            @Max(Fen.MAX) Long amount,
            @Schema(description = "Buildings (empty: all with a roll)", example = "[\"1\",\"2\"]")
            @Size(max = 500) List<@NotBlank String> buildings,
            @Schema(description = "For ELEVATOR: the building", example = "1") String elevatorBuilding,
            @Schema(description = "For ELEVATOR: the entrance", example = "1") String elevatorEntrance) {
    }

    @Schema(name = "SharePayment")
    record Payment(@Schema(description = "Fen", example = "12800") @NotNull @Positive @Max(1_000_000_000L) Long amount,
                   @Schema(example = "2027-03-20") @NotNull LocalDate date) {
    }

    @Schema(name = "ShareRefund", description = "Money paid back to a household of what it paid of its share (退款)")
    record ShareRefund(@Schema(description = "Fen, not more than the household has paid", example = "583") @NotNull
                       @Positive @Max(1_000_000_000L) Long amount,
                       @Schema(example = "2027-04-02") @NotNull LocalDate date,
                       @Schema(example = "多缴退回") @Size(max = 500) String memo) {
    }
}
