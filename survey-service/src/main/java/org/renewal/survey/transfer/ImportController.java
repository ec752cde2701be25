package org.renewal.survey.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
    ResponseEntity<ImportJob> submit(
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
        ImportJob job = imports.submit(name, content, idempotencyKey);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/survey/imports/" + job.id))
                .body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: progress and report", description = "status QUEUED → RUNNING → DONE (or "
            + "FAILED); rows, processed, created, updated, unchanged, rejected counts; problems[] per row and column "
            + "(at most 1000; the counts stay exact).")
    @ApiResponse(responseCode = "404", description = "No such job of yours (IMPORT_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    ImportJob get(@PathVariable String id) {
        return imports.get(id);
    }
}
