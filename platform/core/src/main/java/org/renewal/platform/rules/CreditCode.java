package org.renewal.platform.rules;

/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z); the 18th is a check character: with the values of
 * the first 17 weighted by 3^i mod 31, check = 31 − (sum mod 31), where 31 means 0.
 */
public final class CreditCode {

    public static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    public static boolean valid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARS.charAt(check);
    }

    /** The check character for the first 17 characters (for examples and test data). */
    public static char checkFor(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
