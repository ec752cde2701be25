package org.renewal.survey.outreach;

import org.renewal.platform.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutreachDictionary {

    @Bean
    Dictionary outreachChannels() {
        return Dictionary.of("outreachChannels", "Outreach channels (宣传渠道)", OutreachChannel.class);
    }
}
