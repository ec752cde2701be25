package org.renewal.survey.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.bson.types.Binary;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.ProblemMessages;
import org.renewal.survey.community.CommunityNames;
import org.renewal.survey.community.CommunityService;
import org.renewal.survey.transfer.SheetReader.SheetRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Runs register imports: the upload is read at once (an unreadable file is refused with a 4xx), then
 * a background job validates every row, stores each valid community by its natural key and reports
 * every refused row. The file is kept until the job ends, so a job cut short by a restart resumes;
 * storing is by natural key, so running a file again creates nothing twice.
 */
@Service
class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** Communities stored (and progress saved) per step. */
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final CommunityService communities;
    private final RegisterRows register;
    private final ProblemMessages messages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "register-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(MongoTemplate mongo, CommunityService communities, RegisterRows rows, ProblemMessages messages) {
        this.mongo = mongo;
        this.communities = communities;
        this.register = rows;
        this.messages = messages;
    }

    /** The file kept for a running job. */
    record ImportFile(String id, Binary content) {
    }

    ImportJob submit(Caller caller, String fileName, byte[] content, String idempotencyKey) {
        try {
            SheetReader.check(content);
        } catch (SheetReader.UnreadableFile unreadable) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "IMPORT_FILE_UNREADABLE",
                    List.of(new FieldProblem("file", unreadable.reason)), fileName);
        }
        String digest = sha256(content);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("import:" + caller.subject() + ":" + idempotencyKey)
                        .getBytes(StandardCharsets.UTF_8)).toString();
        ImportJob job = new ImportJob();
        job.id = id;
        job.fileName = fileName;
        job.fileDigest = digest;
        job.status = ImportJob.Status.QUEUED;
        job.language = LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "zh";
        job.requestedBy = caller.subject();
        job.requestedByDistrict = caller.districtCode();
        job.requestedByStreet = caller.streetCode();
        job.requestedByRoles = caller.roles().stream().map(Enum::name).toList();
        job.requestedAt = Instant.now();
        try {
            mongo.insert(new ImportFile(id, new Binary(content)), "import_files");
            mongo.insert(job);
        } catch (DuplicateKeyException retried) {
            ImportJob first = mongo.findById(id, ImportJob.class);
            if (first == null || !digest.equals(first.fileDigest)) {
                throw ApiException.ruleViolated("IDEMPOTENCY_KEY_REUSED", idempotencyKey);
            }
            return first;
        }
        worker.submit(() -> run(id));
        return job;
    }

    ImportJob get(Caller caller, String id) {
        ImportJob job = mongo.findById(id, ImportJob.class);
        if (job == null || !(caller.subject().equals(job.requestedBy)
                || Objects.equals(caller.districtCode(), job.requestedByDistrict))) {
            throw ApiException.notFound("IMPORT_NOT_FOUND", id);
        }
        return job;
    }

    /** Jobs a restart cut short are taken up again. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        Query unfinished = Query.query(Criteria.where("status").in(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING));
        mongo.find(unfinished, ImportJob.class).forEach(job -> worker.submit(() -> run(job.id)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void run(String id) {
        ImportJob job = mongo.findById(id, ImportJob.class);
        ImportFile file = mongo.findById(id, ImportFile.class, "import_files");
        if (job == null || file == null || job.status == ImportJob.Status.DONE) {
            return;
        }
        Locale locale = Locale.forLanguageTag(job.language);
        LocaleContextHolder.setLocale(locale);
        try {
            List<SheetRow> rows = SheetReader.read(file.content().getData());
            job.status = ImportJob.Status.RUNNING;
            job.startedAt = job.startedAt == null ? Instant.now() : job.startedAt;
            job.rows = rows.size();
            job.processed = 0;
            job.created = job.updated = job.unchanged = job.rejectedCommunities = job.rejectedRows = 0;
            job.problems = new ArrayList<>();
            job = mongo.save(job);
            Caller caller = callerOf(job);
            Map<String, List<SheetRow>> byCommunity = new LinkedHashMap<>();
            for (SheetRow row : rows) {
                // rows of one community: its natural key, names compared as the register compares them
                String name = row.get(RegisterColumns.NAME);
                String key = row.get(RegisterColumns.DISTRICT_CODE) + "|" + row.get(RegisterColumns.STREET_CODE) + "|"
                        + (name == null ? null : CommunityNames.key(name));
                byCommunity.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
            List<RegisterRows.Checked> batch = new ArrayList<>();
            for (List<SheetRow> group : byCommunity.values()) {
                batch.add(register.check(group, locale));
                if (batch.size() == BATCH) {
                    job = store(job, batch, caller, locale);
                    batch.clear();
                }
            }
            job = store(job, batch, caller, locale);
            job.status = ImportJob.Status.DONE;
            job.finishedAt = Instant.now();
            mongo.save(job);
            mongo.remove(Query.query(Criteria.where("_id").is(id)), "import_files");
            log.info("Import {} of {}: {} rows, {} created, {} updated, {} unchanged, {} rows refused", id,
                    job.fileName, job.rows, job.created, job.updated, job.unchanged, job.rejectedRows);
        } catch (SheetReader.UnreadableFile unreadable) {
            fail(job, messages.text(unreadable.reason, locale));
        } catch (RuntimeException e) {
            log.warn("Import {} stopped; it resumes at the next start: {}", id, e.toString());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void fail(ImportJob job, String why) {
        job.status = ImportJob.Status.FAILED;
        job.failure = why;
        job.finishedAt = Instant.now();
        mongo.save(job);
        mongo.remove(Query.query(Criteria.where("_id").is(job.id)), "import_files");
    }

    /** Stores the valid entries of a batch in one go, reports the rest, and saves the job's progress. */
    private ImportJob store(ImportJob job, List<RegisterRows.Checked> batch, Caller caller, Locale locale) {
        List<RegisterRows.Checked> valid = batch.stream().filter(c -> c.problems().isEmpty()).toList();
        List<CommunityService.ImportResult> results = communities.importEntries(
                valid.stream().map(RegisterRows.Checked::entry).toList(), caller);
        for (int i = 0; i < valid.size(); i++) {
            CommunityService.ImportResult result = results.get(i);
            if (result.outcome() != null) {
                switch (result.outcome()) {
                    case CREATED -> job.created++;
                    case UPDATED -> job.updated++;
                    case UNCHANGED -> job.unchanged++;
                }
            } else {
                var refused = result.refusal();
                String text = refused.errors().isEmpty() ? messages.title(refused.code(), locale)
                        : messages.text(refused.errors().get(0).message(), locale);
                String field = refused.errors().isEmpty() ? "name" : refused.errors().get(0).field();
                valid.get(i).problems().add(RegisterRows.located(valid.get(i).rows(), field, text));
            }
        }
        for (RegisterRows.Checked checked : batch) {
            job.processed += checked.rows().size();
            if (checked.problems().isEmpty()) {
                continue;
            }
            job.rejectedCommunities++;
            job.rejectedRows += checked.rows().size();
            for (ImportJob.RowProblem problem : checked.problems()) {
                if (job.problems.size() < ImportJob.MAX_REPORTED) {
                    job.problems.add(problem);
                }
            }
        }
        return mongo.save(job);
    }

    private static Caller callerOf(ImportJob job) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        job.requestedByRoles.forEach(r -> roles.add(Role.valueOf(r)));
        return new Caller(job.requestedBy, roles, job.requestedByDistrict, job.requestedByStreet, null, null, null);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
