package no.kongsberg.vekst.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an integrator's token needs for this operation (besides {@link Roles#INTEGRATOR} in its
 * roles); the contract names the same scope in the operation's `security`. On a class it covers
 * every method that does not name its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Scope {

    String STATISTICS = "read:statistics";
    String PROGRAMME = "read:programme";
    String PARTNERS_PUBLIC = "read:partners-public";

    String value();
}
