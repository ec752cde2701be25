package org.renewal.survey.transfer;

import java.math.BigDecimal;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.bson.types.Binary;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.security.Caller;
import org.renewal.platform.security.Role;
import org.renewal.platform.web.ApiException;
import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.ProblemMessages;
import org.renewal.survey.community.CommunityRequests;
import org.renewal.survey.community.CommunityNames;
import org.renewal.survey.community.CommunityService;
import org.renewal.survey.community.FacilityDeficiency;
import org.renewal.survey.eligibility.ManagementStatus;
import org.renewal.survey.community.PropertyRight;
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
    private static final Pattern BUILDING_PATH = Pattern.compile("buildings\\[(\\d+)]\\.?(.*)");
    /** Communities stored (and progress saved) per step. */
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final CommunityService communities;
    private final Validator validator;
    private final ProblemMessages messages;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "register-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(MongoTemplate mongo, CommunityService communities, Validator validator, ProblemMessages messages) {
        this.mongo = mongo;
        this.communities = communities;
        this.validator = validator;
        this.messages = messages;
    }

    /** The file kept for a running job. */
    record ImportFile(String id, Binary content) {
    }

    ImportJob submit(String fileName, byte[] content, String idempotencyKey) {
        try {
            SheetReader.check(content);
        } catch (SheetReader.UnreadableFile unreadable) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "IMPORT_FILE_UNREADABLE",
                    List.of(new FieldProblem("file", unreadable.reason)), fileName);
        }
        Caller caller = Caller.current();
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

    ImportJob get(String id) {
        ImportJob job = mongo.findById(id, ImportJob.class);
        Caller caller = Caller.current();
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
            List<Checked> batch = new ArrayList<>();
            for (List<SheetRow> group : byCommunity.values()) {
                batch.add(check(group, locale));
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

    /** A community's rows turned into an entry, with the problems found in them. */
    private record Checked(List<SheetRow> rows, CommunityRequests.Register entry, List<ImportJob.RowProblem> problems) {
    }

    private Checked check(List<SheetRow> group, Locale locale) {
        List<ImportJob.RowProblem> problems = new ArrayList<>();
        CommunityRequests.Register entry = toEntry(group, problems, locale);
        // every problem of every row at once; a cell that could not be read is reported once, not again as empty
        Set<String> reported = new java.util.HashSet<>();
        problems.forEach(p -> reported.add(p.row() + ":" + p.field()));
        List<ImportJob.RowProblem> more = new ArrayList<>();
        for (ConstraintViolation<CommunityRequests.Register> violation : validator.validate(entry)) {
            more.add(located(group, violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (problems.isEmpty() && more.isEmpty()) {
            for (FieldProblem problem : CommunityService.validate(entry)) {
                more.add(located(group, problem.field(), messages.text(problem.message(), locale)));
            }
        }
        more.stream().filter(p -> reported.add(p.row() + ":" + p.field())).forEach(problems::add);
        return new Checked(group, entry, problems);
    }

    /** Stores the valid entries of a batch in one go, reports the rest, and saves the job's progress. */
    private ImportJob store(ImportJob job, List<Checked> batch, Caller caller, Locale locale) {
        List<Checked> valid = batch.stream().filter(c -> c.problems().isEmpty()).toList();
        List<CommunityService.ImportResult> results = communities.importEntries(
                valid.stream().map(Checked::entry).toList(), caller);
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
                valid.get(i).problems().add(located(valid.get(i).rows(), field, text));
            }
        }
        for (Checked checked : batch) {
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

    /** The row and column of a problem found at {@code path} of the entry built from {@code group}. */
    private static ImportJob.RowProblem located(List<SheetRow> group, String path, String message) {
        Matcher building = BUILDING_PATH.matcher(path);
        if (building.matches()) {
            int index = Integer.parseInt(building.group(1));
            String field = building.group(2).isEmpty() ? "buildingNumber"
                    : building.group(2).equals("number") ? "buildingNumber" : building.group(2);
            return new ImportJob.RowProblem(group.get(Math.min(index, group.size() - 1)).number(), field, message);
        }
        String field = path.startsWith("location.") ? path.substring("location.".length())
                : path.replaceAll("\\[\\d+]$", "");
        return new ImportJob.RowProblem(group.get(0).number(), field, message);
    }

    private CommunityRequests.Register toEntry(List<SheetRow> group, List<ImportJob.RowProblem> problems,
                                               Locale locale) {
        Cells first = new Cells(group.get(0), problems, messages, locale);
        BigDecimal latitude = first.decimal(RegisterColumns.LATITUDE);
        BigDecimal longitude = first.decimal(RegisterColumns.LONGITUDE);
        CommunityRequests.LocationInput location = latitude == null && longitude == null ? null
                : new CommunityRequests.LocationInput(latitude, longitude);
        String deficiencyText = first.text(RegisterColumns.FACILITY_DEFICIENCIES);
        List<FacilityDeficiency> deficiencies = new ArrayList<>();
        if (deficiencyText != null) {
            for (String part : deficiencyText.split("[;；,，|]+")) {
                if (!part.isBlank()) {
                    FacilityDeficiency value = first.label(FacilityDeficiency.class, part.strip(),
                            RegisterColumns.FACILITY_DEFICIENCIES);
                    if (value != null) {
                        deficiencies.add(value);
                    }
                }
            }
        }
        for (SheetRow row : group.subList(1, group.size())) {
            for (RegisterColumns column : COMMUNITY_COLUMNS) {
                if (!Objects.equals(row.get(column), group.get(0).get(column))) {
                    problems.add(new ImportJob.RowProblem(row.number(), column.key,
                            messages.text("import.differsFromFirstRow", locale, group.get(0).number())));
                }
            }
        }
        List<CommunityRequests.BuildingInput> buildings = new ArrayList<>();
        for (SheetRow row : group) {
            Cells cells = new Cells(row, problems, messages, locale);
            buildings.add(new CommunityRequests.BuildingInput(cells.text(RegisterColumns.BUILDING_NUMBER),
                    cells.integer(RegisterColumns.FLOORS), cells.integer(RegisterColumns.ENTRANCES),
                    cells.integer(RegisterColumns.HOUSEHOLDS), cells.decimal(RegisterColumns.FLOOR_AREA),
                    cells.bool(RegisterColumns.HAS_ELEVATOR)));
        }
        return new CommunityRequests.Register(first.text(RegisterColumns.NAME),
                first.text(RegisterColumns.DISTRICT_CODE), first.text(RegisterColumns.STREET_CODE),
                first.text(RegisterColumns.COMMITTEE_CODE), first.text(RegisterColumns.ADDRESS), location,
                first.integer(RegisterColumns.BUILD_YEAR),
                first.label(PropertyRight.class, first.text(RegisterColumns.PROPERTY_RIGHT), RegisterColumns.PROPERTY_RIGHT),
                first.label(ManagementStatus.class, first.text(RegisterColumns.MANAGEMENT_STATUS),
                        RegisterColumns.MANAGEMENT_STATUS),
                first.integer(RegisterColumns.LAST_RENOVATION_YEAR), first.bool(RegisterColumns.IN_DEMOLITION_PLAN),
                deficiencies, buildings);
    }

    private static final Set<RegisterColumns> COMMUNITY_COLUMNS = EnumSet.range(RegisterColumns.DISTRICT_CODE,
            RegisterColumns.FACILITY_DEFICIENCIES);

    /** Typed reads of one row's cells; a cell that cannot be read adds a problem and reads as empty. */
    private record Cells(SheetRow row, List<ImportJob.RowProblem> problems, ProblemMessages messages, Locale locale) {

        String text(RegisterColumns column) {
            return row.get(column);
        }

        Integer integer(RegisterColumns column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(",", "")).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                return bad(column, "import.notAWholeNumber");
            }
        }

        BigDecimal decimal(RegisterColumns column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.replace(",", ""));
            } catch (NumberFormatException e) {
                return bad(column, "import.notANumber");
            }
        }

        Boolean bool(RegisterColumns column) {
            String value = row.get(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是", "有" -> true;
                case "false", "no", "n", "0", "否", "无" -> false;
                default -> bad(column, "import.notABoolean");
            };
        }

        <E extends Enum<E> & Labelled> E label(Class<E> type, String value, RegisterColumns column) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value) || constant.labelZh().equals(value)
                        || constant.labelEn().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            return bad(column, "import.unknownCode");
        }

        private <T> T bad(RegisterColumns column, String key) {
            problems.add(new ImportJob.RowProblem(row.number(), column.key, messages.text(key, locale)));
            return null;
        }
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
