package org.renewal.survey.transfer;

import java.io.IOException;
import org.renewal.platform.security.Caller;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/survey/imports")
@Tag(name = "Import and export 导入导出", description = "The register as .xlsx or CSV, one row per building")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @Schema(name = "ImportJob", description = "An import of the register (导入) with progress and a per-row report")
    record ImportJobView(@Schema(example = "0f6c1c8e-2b8f-4f55-8a7e-0f1a8d1c2b3a") String id,
                         @Schema(example = "DONE") ImportJob.Status status,
                         @Schema(example = "铁西区老旧小区摸底表.xlsx") String fileName,
                         @Schema(description = "Data rows in the file", example = "10000") int rows,
                         @Schema(description = "Rows done so far", example = "10000") int processed,
                         @Schema(description = "Communities created", example = "2400") int created,
                         @Schema(description = "Communities updated", example = "12") int updated,
                         @Schema(description = "Communities already as in the file", example = "0") int unchanged,
                         @Schema(description = "Communities refused (none of their rows stored)", example = "3")
                         int rejectedCommunities,
                         @Schema(description = "Rows refused", example = "5") int rejectedRows,
                         @Schema(description = "Problems, one per row and field (at most 1000)")
                         List<ImportJob.RowProblem> problems,
                         @Schema(description = "SHA-256 of the file",
                                 example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                         String fileDigest,
                         @Schema(description = "Language of the report texts", example = "zh") String language,
                         @Schema(example = "district-tiexi") String requestedBy,
                         Instant requestedAt, Instant startedAt, Instant finishedAt,
                         @Schema(description = "Why the job failed, when it did") String failure) {

        static ImportJobView of(ImportJob j) {
            return new ImportJobView(j.id, j.status, j.fileName, j.rows, j.processed, j.created, j.updated, j.unchanged,
                    j.rejectedCommunities, j.rejectedRows, List.copyOf(j.problems), j.fileDigest, j.language,
                    j.requestedBy, j.requestedAt, j.startedAt, j.finishedAt, j.failure);
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import the register (导入登记册)", description = "Upload a sheet as multipart part `file`: "
            + ".xlsx (or .xls), or CSV in UTF-8 or GB18030. Row 1 is the header; columns are named by key or "
            + "Chinese label, as GET /api/survey/exports/communities.xlsx writes them (one row per building, the "
            + "community's columns repeated). An unreadable file is refused at once; otherwise a job starts and "
            + "this answers 202 with it. Poll GET /api/survey/imports/{id}: progress counts, then a report of each "
            + "refused row (row number, column, why). A community with any bad row is not stored; the others are. "
            + "Communities are matched by district + street + name, so importing the same file again creates "
            + "nothing twice. With an Idempotency-Key a retried upload returns the first job. At most 10 MB.")
    @ApiResponse(responseCode = "202", description = "Job accepted; Location names it")
    @ApiResponse(responseCode = "400", description = "Not a spreadsheet or CSV, or a required column is missing "
            + "(IMPORT_FILE_UNREADABLE)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "413", description = "Larger than 10 MB (PAYLOAD_TOO_LARGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ResponseEntity<ImportJobView> submit(Caller caller,
            @Parameter(description = "The sheet") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Client-chosen key making the upload safe to retry", example = "import-2026-11")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
        if (file.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldProblem("file", "import.empty")));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        ImportJob job = imports.submit(caller, name, content, idempotencyKey);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/survey/imports/" + job.id))
                .body(ImportJobView.of(job));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: progress and report", description = "status QUEUED → RUNNING → DONE (or "
            + "FAILED); rows, processed, created, updated, unchanged, rejected counts; problems[] per row and column "
            + "(at most 1000; the counts stay exact).")
    @ApiResponse(responseCode = "200", description = "The job: state, progress, counts and the rejected rows")
    @ApiResponse(responseCode = "404", description = "No such job of yours (IMPORT_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ImportJobView get(Caller caller, @PathVariable String id) {
        return ImportJobView.of(imports.get(caller, id));
    }
}
