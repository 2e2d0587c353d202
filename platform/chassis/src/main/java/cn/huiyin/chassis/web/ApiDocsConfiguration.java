package cn.huiyin.chassis.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The OpenAPI document's title and the bearer scheme every Huiyin API uses (DESIGN.md section 8). */
@AutoConfiguration
public class ApiDocsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI huiyinOpenApi(@Value("${spring.application.name}") String service,
            @Value("${huiyin.api.description:}") String description) {
        return new OpenAPI()
                .info(new Info().title("Huiyin " + service).version("v1").description(description
                        + "\n\nEvery call needs a bearer token (JWT) with the scopes named per operation and a "
                        + "`regions` claim. The events this service publishes are described in /asyncapi.yaml."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
