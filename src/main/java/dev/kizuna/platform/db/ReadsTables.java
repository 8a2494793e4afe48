package dev.kizuna.platform.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, on a module's {@code package-info.java}, tables of another module that this module's SQL reads: read-only
 * joins for lists, reports and exports, where going through the owner's facade row by row would be slow or clumsy.
 * Every table belongs to the module whose migration folder creates it; a module writes only its own tables (other
 * modules' data changes through their facades or events) and reads another module's only as declared here.
 * {@code TableOwnershipTest} reads every module's SQL and fails on a write to another module's table, on a read not
 * declared here, on a declaration nothing uses, and on a declaration for a module the reader may not depend on.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
@Repeatable(ReadsTables.List.class)
public @interface ReadsTables {

    /** The module that owns the tables, e.g. {@code "customers"}. */
    String module();

    /** The tables read, all of them owned by {@link #module()}. */
    String[] tables();

    /** Why a join is the right way here (what list or report needs it). */
    String why();

    /** Several declarations on one module. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PACKAGE)
    @interface List {
        ReadsTables[] value();
    }
}
