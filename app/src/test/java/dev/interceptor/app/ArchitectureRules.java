package dev.interceptor.app;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.google.common.net.InternetDomainName;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.nio.ByteBuffer;
import java.util.Set;

/** The architecture of Interceptor as ArchUnit rules, each with the reason it exists. */
final class ArchitectureRules {

  private static final String CORE = "dev.interceptor.core..";
  private static final String APP = "dev.interceptor.app..";

  /** The few {@code java.net} types that parse names and URLs without touching the network. */
  private static final Set<String> NET_VALUE_TYPES =
      Set.of("URI", "URISyntaxException", "IDN", "URLEncoder", "URLDecoder");

  /** Classes allowed to touch stdout and stderr: the frame writer and the CLI's printer. */
  private static final Set<String> STREAM_OWNERS_IN_NATIVE_MESSAGING =
      Set.of("StdoutGuard", "FrameWriter", "StandardStreams");

  private static final String CLI_PRINTER = "dev.interceptor.app.cli.CliPrinter";

  /** The one known cycle, between model.capture and model.routing, excused by name. */
  private static final String CAPTURE_SETTINGS_IN_CYCLE =
      "dev.interceptor.core.model.routing.CaptureSettings";

  private ArchitectureRules() {}

  // 1
  static final ArchRule CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES =
      classes()
          .that()
          .resideInAPackage(CORE)
          .should()
          .onlyDependOnClassesThat(
              resideInAnyPackage(
                      CORE,
                      "java.lang..",
                      "java.util..",
                      "java.time..",
                      "java.math..",
                      "java.io..",
                      "java.nio.charset..",
                      "java.text..",
                      "org.jspecify.annotations..",
                      "com.google.re2j..")
                  .or(type(InternetDomainName.class))
                  .or(type(ByteBuffer.class))
                  .or(netValueType())
                  .or(primitiveOrArray()))
          .because(
              "the domain must stay pure and testable: the JDK's values (ByteBuffer as a view of a"
                  + " body's bytes), JSpecify, RE2/J for user patterns and Guava's"
                  + " InternetDomainName for public suffixes only; no Jackson, JDBC, JNA, Guice,"
                  + " SLF4J, files or network");

  // 2
  static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES =
      noClasses()
          .that()
          .resideInAPackage("dev.interceptor.core.port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.interceptor.core.service..")
          .because(
              "services implement the ports; a port that knows a service binds the contract"
                  + " to one implementation");

  static final ArchRule INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT =
      slices()
          .matching("dev.interceptor.core.port.(*)..")
          .should()
          .notDependOnEachOther()
          .because(
              "what drives the domain and what the domain drives change for different"
                  + " reasons and are implemented by different adapters");

  // 3
  static final ArchRule ADAPTERS_ARE_INDEPENDENT =
      slices()
          .matching("dev.interceptor.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .allowEmptyShould(true)
          .because(
              "each adapter talks to core only, so that one can be replaced or tested"
                  + " without the others; app assembles them");

  static final ArchRule NOTHING_OUTSIDE_APP_DEPENDS_ON_APP =
      noClasses()
          .that()
          .resideOutsideOfPackage(APP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(APP)
          .because("app is the outermost ring: it sees every module and no module sees it");

  // 4
  static final ArchRule GUICE_AND_PICOCLI_ONLY_IN_APP =
      noClasses()
          .that()
          .resideOutsideOfPackage(APP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.inject..", "picocli..")
          .because(
              "wiring and the command line belong to the assembly; adapters and core stay"
                  + " usable without them");

  // 5
  static final ArchRule JDBC_ONLY_IN_STORAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.interceptor.adapter.storage..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
          .because("the storage adapter owns the database; no SQL type crosses a port");

  static final ArchRule JNA_ONLY_IN_WINDOWS_REGISTRY_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.interceptor.adapter.installer.windows..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.sun.jna..")
          .because(
              "native calls are confined to the Windows registry code, the one place that"
                  + " needs them");

  static final ArchRule JACKSON_ONLY_WHERE_JSON_IS_READ_OR_WRITTEN =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "dev.interceptor.adapter.nativemessaging..",
              "dev.interceptor.adapter.installer..",
              "dev.interceptor.adapter.export..",
              APP,
              "dev.interceptor.testkit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..")
          .because(
              "JSON exists on the wire, in host manifests, in exports and in --json output;"
                  + " domain records carry no mapping annotations");

  // 6
  static final ArchRule NO_STANDARD_STREAMS_EXCEPT_FRAME_WRITER_AND_PRINTER =
      noClasses()
          .that(describe("are not the frame writer or the CLI printer", c -> !mayUseStreams(c)))
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because(
              "in host mode stdout carries native messaging frames only, and one stray byte"
                  + " breaks the connection; the CLI prints through one printer");

  // 7
  static final ArchRule NO_CLOCK_READS_IN_CORE =
      noClasses()
          .that()
          .resideInAPackage(CORE)
          .should()
          .callMethodWhere(readsTheSystemClock())
          .because(
              "domain rules take the time as an argument or from an injected Clock, so"
                  + " tests can fix it");

  // 8
  static final ArchRule MODEL_FIELDS_ARE_FINAL =
      fields()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.interceptor.core.model..")
          .should()
          .beFinal()
          .because("model values are immutable and shared between threads without locks");

  static final ArchRule LOGGERS_ARE_PRIVATE_STATIC_FINAL =
      fields()
          .that()
          .haveRawType(org.slf4j.Logger.class)
          .should()
          .bePrivate()
          .andShould()
          .beStatic()
          .andShould()
          .beFinal()
          .because("a logger belongs to its class and is never shared or replaced");

  // 9
  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("dev.interceptor.(**)")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(
              describe(
                  "CaptureSettings",
                  (JavaClass c) -> c.getName().equals(CAPTURE_SETTINGS_IN_CYCLE)),
              resideInAnyPackage("dev.interceptor.core.model.routing.."))
          .because(
              "packages in a cycle cannot be understood, tested or moved one at a time;"
                  + " one known exception: CaptureSettings (model.capture) holds a CaptureTarget"
                  + " (model.routing) while routing's CollectionItem holds a CaptureSummary, until"
                  + " CaptureSettings moves to model.settings");

  private static boolean mayUseStreams(JavaClass javaClass) {
    JavaClass top = topLevel(javaClass);
    if (top.getName().equals(CLI_PRINTER)) {
      return true;
    }
    return top.getPackageName().startsWith("dev.interceptor.adapter.nativemessaging")
        && STREAM_OWNERS_IN_NATIVE_MESSAGING.contains(top.getSimpleName());
  }

  private static JavaClass topLevel(JavaClass javaClass) {
    JavaClass current = javaClass;
    while (current.getEnclosingClass().isPresent()) {
      current = current.getEnclosingClass().get();
    }
    return current;
  }

  private static DescribedPredicate<JavaClass> netValueType() {
    return describe(
        "are java.net value types " + NET_VALUE_TYPES,
        c -> c.getPackageName().equals("java.net") && NET_VALUE_TYPES.contains(c.getSimpleName()));
  }

  private static DescribedPredicate<JavaClass> primitiveOrArray() {
    return describe("are primitives or arrays", c -> c.isPrimitive() || c.isArray());
  }

  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return describe(
        "read the system clock (an argument-less now(), Clock.systemUTC/systemDefaultZone,"
            + " System.currentTimeMillis/nanoTime)",
        call -> {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
          if (owner.startsWith("java.time.") && name.equals("now") && noArguments) {
            return true;
          }
          if (owner.equals("java.time.Clock")) {
            return name.equals("systemUTC") || name.equals("systemDefaultZone");
          }
          return owner.equals("java.lang.System")
              && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
        });
  }
}
