package org.renewal.gateway;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Each service's instances as a static list for Spring Cloud LoadBalancer: {@code SURVEY_SERVICE_URI} (and the
 * others) may name several addresses, comma-separated ({@code http://localhost:8081,http://localhost:8091}), which
 * bind to {@code spring.cloud.discovery.client.simple.instances.<service>} through this converter; the routes' {@code
 * lb://<service>} then balance across them (round robin, skipping instances whose readiness probe fails). In a
 * cluster the one address is the Kubernetes Service, which balances across pods itself.
 */
@Configuration(proxyBeanMethods = false)
class StaticServiceInstances {

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, InstanceProperties> serviceInstanceFromAddress() {
        return new AddressToInstance();
    }

    /** One address ({@code http://host:port}) as an instance; the service id comes from its key in the map. */
    static final class AddressToInstance implements Converter<String, InstanceProperties> {
        @Override
        public InstanceProperties convert(String address) {
            URI uri = URI.create(address.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                throw new IllegalArgumentException("a service address must be scheme://host[:port], not '" + address + "'");
            }
            InstanceProperties instance = new InstanceProperties();
            instance.setUri(uri);
            instance.setInstanceId(uri.getHost() + ":" + uri.getPort());
            return instance;
        }
    }
}
