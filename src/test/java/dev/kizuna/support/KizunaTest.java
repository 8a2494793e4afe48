package dev.kizuna.support;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on the embedded PostgreSQL (one server per test JVM, started empty; see
 * the surefire settings in pom.xml). Every such test — MockMvc, real HTTP on {@code @LocalServerPort}, browser —
 * shares this one Spring context, booted once per JVM: a test that needs another configuration (a property, a
 * mock bean, {@code @DirtiesContext}) pays a whole boot, so prefer a setter on the bean or a plain unit test.
 * Tests create their own data with unique e-mails and never assume an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestAccounts.class)
public @interface KizunaTest {
}
