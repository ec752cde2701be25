package org.renewal.governance.management;

import org.renewal.platform.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves {@link ManagementMode} at {@code /api/governance/dictionaries/managementModes}. */
@Configuration(proxyBeanMethods = false)
class ManagementModeDictionary {

    @Bean
    Dictionary managementModesDictionary() {
        return Dictionary.of("managementModes", "Management modes after renovation (改造后管理模式)", ManagementMode.class);
    }
}
