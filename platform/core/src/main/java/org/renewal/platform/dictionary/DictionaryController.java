package org.renewal.platform.dictionary;

import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.renewal.platform.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the service's dictionaries under its own prefix. */
@RestController
@RequestMapping("${renewal.api-prefix}/dictionaries")
@Tag(name = "Dictionaries 字典", description = "Codes with Chinese and English labels, for front ends")
public class DictionaryController {

    private final List<Dictionary> dictionaries;

    public DictionaryController(List<Dictionary> dictionaries) {
        this.dictionaries = dictionaries.stream().sorted(Comparator.comparing(Dictionary::name)).toList();
    }

    @GetMapping
    @Operation(summary = "List this service's dictionaries", description = "Every enumeration this service shows "
            + "to people, each entry with its code, Chinese label, English label and display order.")
    public List<Dictionary> all() {
        return dictionaries;
    }

    @GetMapping("/{name}")
    @Operation(summary = "One dictionary by name")
    public Dictionary one(@PathVariable String name) {
        return dictionaries.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("DICTIONARY_NOT_FOUND", name));
    }
}
