package org.renewal.funding.channel;

import org.renewal.contracts.funding.FundingChannel;
import org.renewal.platform.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Serves the funding channels at {@code /api/funding/dictionaries/fundingChannels}. */
@Configuration(proxyBeanMethods = false)
class FundingChannelDictionary {

    @Bean
    Dictionary fundingChannelsDictionary() {
        return Dictionary.of("fundingChannels", "Funding channels (资金渠道): whoever benefits, contributes (谁受益、谁出资)",
                FundingChannel.class, FundingChannel::labelZh, FundingChannel::labelEn);
    }
}
