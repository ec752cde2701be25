package org.renewal.devissuer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The development OAuth2/OIDC issuer started by {@code ./run.sh}: one demo account per role and one
 * machine client. Production points {@code ISSUER_URI} at the city's identity provider instead.
 */
@SpringBootApplication
public class DevIssuerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DevIssuerApplication.class, args);
    }
}
