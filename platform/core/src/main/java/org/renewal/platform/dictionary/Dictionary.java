package org.renewal.platform.dictionary;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A named enumeration as served to front ends; entries keep the enum's declaration order.
 *
 * @param name        the dictionary's name in the API, e.g. {@code fundingChannels}
 * @param description what it lists, in Chinese and English
 * @param entries     its values
 */
@Schema(description = "A dictionary of labelled codes (字典)")
public record Dictionary(String name, String description, List<Entry> entries) {

    public static <E extends Enum<E> & Labelled> Dictionary of(String name, String description, Class<E> type) {
        return new Dictionary(name, description, Arrays.stream(type.getEnumConstants())
                .map(e -> new Entry(e.name(), e.labelZh(), e.labelEn(), e.ordinal() + 1))
                .toList());
    }

    /** A dictionary of an enumeration that keeps its labels itself (e.g. one shared in the contracts). */
    public static <E extends Enum<E>> Dictionary of(String name, String description, Class<E> type,
                                                    Function<E, String> labelZh, Function<E, String> labelEn) {
        return new Dictionary(name, description, Arrays.stream(type.getEnumConstants())
                .map(e -> new Entry(e.name(), labelZh.apply(e), labelEn.apply(e), e.ordinal() + 1))
                .toList());
    }

    /** One value: the code used in the API and its labels. */
    @Schema(description = "One dictionary value")
    public record Entry(
            @Schema(example = "RESIDENTS") String code,
            @Schema(example = "居民出资") String labelZh,
            @Schema(example = "Residents' contributions") String labelEn,
            @Schema(example = "1") int order) {
    }
}
