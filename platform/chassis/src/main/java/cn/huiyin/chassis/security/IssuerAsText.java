package cn.huiyin.chassis.security;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * Keeps a token's {@code iss} as the text it is. Spring Security's default claim conversion tries to
 * make it a URL first; Huiyin's issuers are URNs ({@code urn:huiyin:local}), for which the JDK looks
 * for a URL handler through a ServiceLoader scan of the class path on every request before falling
 * back to the text: about 5 % of intake's CPU under load. The result is the same text, without the scan.
 */
final class IssuerAsText implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof NimbusReactiveJwtDecoder decoder) {
            decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                    Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        }
        return bean;
    }
}
