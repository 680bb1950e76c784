// Compile-only mirror of jenkinsci/stapler@2050.v425108fd5089 core/src/main/java/org/kohsuke/stapler/verb/GET.java (the @InterceptorAnnotation meta-annotation left out).
// Only what the codestages plugin uses; never run, never packaged. See jenkins/src/mirror/README.md.
package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GET {}
