package org.renewal.survey.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An import of the register and its report; the uploaded file is kept beside it until the job ends. */
@Document("import_jobs")
@JsonPropertyOrder({"id", "status", "fileName", "rows", "processed", "created", "updated", "unchanged",
    "rejectedCommunities", "rejectedRows", "problems"})
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ImportJob {

    /** Rows reported in detail at most (the counts stay exact). */
    static final int MAX_REPORTED = 1000;

    enum Status { QUEUED, RUNNING, DONE, FAILED }

    @Id
    @Schema(example = "0f6c1c8e-2b8f-4f55-8a7e-0f1a8d1c2b3a")
    String id;
    @Version
    @Schema(hidden = true)
    @JsonIgnore
    Long version;
    @Schema(example = "铁西区老旧小区摸底表.xlsx")
    String fileName;
    @Schema(description = "SHA-256 of the file", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    String fileDigest;
    @Schema(example = "DONE")
    Status status;
    @Schema(description = "Language of the report texts", example = "zh")
    String language;
    @Schema(description = "Data rows in the file", example = "10000")
    int rows;
    @Schema(description = "Rows done so far", example = "10000")
    int processed;
    @Schema(description = "Communities created", example = "2400")
    int created;
    @Schema(description = "Communities updated", example = "12")
    int updated;
    @Schema(description = "Communities already as in the file", example = "0")
    int unchanged;
    @Schema(description = "Communities refused (none of their rows stored)", example = "3")
    int rejectedCommunities;
    @Schema(description = "Rows refused", example = "5")
    int rejectedRows;
    @Schema(description = "Problems, one per row and field (at most 1000)")
    List<RowProblem> problems = new ArrayList<>();
    @Schema(example = "district-tiexi")
    String requestedBy;
    @Schema(hidden = true)
    @JsonIgnore
    String requestedByDistrict;
    @Schema(hidden = true)
    @JsonIgnore
    String requestedByStreet;
    @Schema(hidden = true)
    @JsonIgnore
    List<String> requestedByRoles;
    Instant requestedAt;
    Instant startedAt;
    Instant finishedAt;
    @Schema(description = "Why the job failed, when it did")
    String failure;

    /** One problem of one row. */
    @Schema(name = "ImportRowProblem")
    record RowProblem(@Schema(description = "Row number in the sheet (header is row 1)", example = "17") int row,
                      @Schema(description = "Column key", example = "households") String field,
                      @Schema(example = "必须大于0") String message) {
    }
}
