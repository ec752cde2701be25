package org.renewal.survey.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.renewal.platform.dictionary.Labelled;
import org.renewal.platform.web.FieldProblem;
import org.renewal.platform.web.ProblemMessages;
import org.renewal.survey.community.CommunityRequests;
import org.renewal.survey.community.CommunityService;
import org.renewal.survey.community.FacilityDeficiency;
import org.renewal.survey.eligibility.ManagementStatus;
import org.renewal.survey.community.PropertyRight;
import org.renewal.survey.transfer.SheetReader.SheetRow;
import org.springframework.stereotype.Component;

/**
 * A community's rows of a register sheet (one row per building, the community's columns repeated) turned into a
 * registration, with every problem found located at its row and column: cells that cannot be read (a word where a
 * number belongs, an unknown code), community columns that differ from the first row, the request's constraints
 * and the register's rules ({@link CommunityService#validate}). A cell that could not be read is reported once, not
 * again as empty. Storing and the job around it are {@link ImportService}'s.
 */
@Component
class RegisterRows {

    private static final Pattern BUILDING_PATH = Pattern.compile("buildings\\[(\\d+)]\\.?(.*)");

    private final Validator validator;
    private final ProblemMessages messages;

    RegisterRows(Validator validator, ProblemMessages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /** A community's rows turned into an entry, with the problems found in them. */
    record Checked(List<SheetRow> rows, CommunityRequests.Register entry, List<ImportJob.RowProblem> problems) {
    }

    Checked check(List<SheetRow> group, Locale locale) {
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

    /** The row and column of a problem found at {@code path} of the entry built from {@code group}. */
    static ImportJob.RowProblem located(List<SheetRow> group, String path, String message) {
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
}
