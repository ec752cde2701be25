package org.renewal.survey.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommunityNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ｓｕｎｓｈｉｎｅ Ｇａｒｄｅｎ 东风小区",        // full-width letters
        "Sunshine Gar\u200Bden 东风小区",                // a zero-width space
        "Sunshine Garden 东风小区\u00A0",                // a trailing no-break space
        "Sunshin\u0435 Garden 东风小区",                 // a Cyrillic е for e
        "Sunshine  Garden\t东风小区",                    // white space doubled, a tab
        "SUNSHINE GARDEN 东风小区",                      // another case
        "\uFEFFSunshine Garden 东风小区"                 // a byte-order mark
    })
    void lookAlikesOfANameShareItsKey(String lookAlike) {
        assertThat(CommunityNames.key(lookAlike)).isEqualTo(CommunityNames.key("Sunshine Garden 东风小区"));
    }

    @org.junit.jupiter.api.Test
    void aDecomposedLetterIsTheComposedOne() {
        assertThat(CommunityNames.key("Café 小区")).isEqualTo(CommunityNames.key("Cafe\u0301 小区"));
        assertThat(CommunityNames.key("Café 小区")).isEqualTo(CommunityNames.key("CAFÉ 小区"));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"东风小区,东方小区", "幸福里一期,幸福里二期", "Sunshine Garden,Sunshine Gardens", "红旗1号院,红旗2号院"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(CommunityNames.key(one)).isNotEqualTo(CommunityNames.key(other));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"  东风\u3000小区 |东风 小区", "Ａ栋|a栋", "x\u200Dy|xy"})
    void normalisedFormCollapsesSpaceAndDropsIgnorables(String name, String expected) {
        assertThat(CommunityNames.normalized(name)).isEqualTo(expected);
    }
}
