package org.renewal.survey.community;

import java.text.Normalizer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;

/**
 * One name, one community: the form of a community's name that the register's natural key (district + street +
 * name) compares. The name is stored as written; this key decides whether two names are the same community:
 * <ol>
 *   <li>Unicode NFKC (full-width letters and digits become their plain forms, a decomposed {@code é} is composed,
 *       a no-break space becomes a space);</li>
 *   <li>default-ignorable code points removed (zero-width space and joiners, soft hyphen, byte-order mark,
 *       variation selectors: Unicode's Default_Ignorable_Code_Point);</li>
 *   <li>white space collapsed to one space and trimmed, and case folded;</li>
 *   <li>the confusable skeleton of Unicode Technical Standard #39 (ICU's {@link SpoofChecker}), so a Cyrillic
 *       {@code е} or a Greek {@code ο} in place of a Latin letter is the same name.</li>
 * </ol>
 */
public final class CommunityNames {

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();

    private CommunityNames() {
    }

    /** The key two names of one community share. */
    public static String key(String name) {
        return SKELETONS.getSkeleton(normalized(name));
    }

    /** Steps 1–3: NFKC, ignorables removed, white space collapsed, case folded. */
    static String normalized(String name) {
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                continue;
            }
            if (UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return UCharacter.foldCase(out.toString(), true);
    }
}
