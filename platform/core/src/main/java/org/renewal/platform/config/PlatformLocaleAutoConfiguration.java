package org.renewal.platform.config;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Language of problem texts and validation messages: Chinese by default, English on
 * {@code Accept-Language: en}; any other language gets Chinese. Registered before Boot's MVC
 * configuration, which then keeps its own resolver out.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
public class PlatformLocaleAutoConfiguration {

    static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(DEFAULT_LOCALE);
        resolver.setSupportedLocales(List.of(DEFAULT_LOCALE, Locale.CHINESE, Locale.ENGLISH));
        return resolver;
    }
}
