package org.renewal.survey.community;

/** Masks personal data for callers whose role does not need it (个人信息保护法: minimum necessary). */
final class PersonalData {

    private PersonalData() {
    }

    /** 张建国 → 张**. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }

    /** 220302198001011233 → 220302********1233 (region kept, birth date hidden). */
    static String maskIdNumber(String id) {
        return id == null ? null : id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13904340000 → 139****0000. */
    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replace("-", "");
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }
}
