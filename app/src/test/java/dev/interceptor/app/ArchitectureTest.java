package dev.interceptor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.interceptor.adapter.export.archfixture.ExportDependingOnApp;
import dev.interceptor.adapter.export.archfixture.ExportPrinting;
import dev.interceptor.adapter.export.archfixture.ExportUsingJdbc;
import dev.interceptor.adapter.installer.archfixture.InstallerUsingJna;
import dev.interceptor.adapter.nativemessaging.archfixture.FrameWriter;
import dev.interceptor.adapter.nativemessaging.archfixture.HostUsingGuice;
import dev.interceptor.adapter.nativemessaging.archfixture.HostUsingPicocli;
import dev.interceptor.adapter.storage.archfixture.StorageUsingExport;
import dev.interceptor.adapter.storage.archfixture.StorageUsingJackson;
import dev.interceptor.adapter.storage.archfixture.StorageWithOpenLogger;
import dev.interceptor.app.cli.CliPrinter;
import dev.interceptor.archfixture.cycle.a.CycleA;
import dev.interceptor.archfixture.cycle.b.CycleB;
import dev.interceptor.core.archfixture.CoreReadingTheClock;
import dev.interceptor.core.archfixture.CoreUsingGuavaBeyondDomainNames;
import dev.interceptor.core.archfixture.CoreUsingJackson;
import dev.interceptor.core.archfixture.CoreWithTimeArgument;
import dev.interceptor.core.model.archfixture.MutableModel;
import dev.interceptor.core.model.cookie.SyncDomain;
import dev.interceptor.core.port.in.archfixture.InboundUsingOutbound;
import dev.interceptor.core.port.in.archfixture.InboundUsingService;
import dev.interceptor.core.port.out.CookieJar;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every module's production classes against {@link ArchitectureRules}, and shows each rule
 * failing on a small class that breaks it on purpose (packages named {@code archfixture}, in this
 * module's test sources, so production imports never see them).
 */
class ArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProduction() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.interceptor");
  }

  @Test
  void production_coversEveryModuleOnTheClassPath() {
    assertThat(production.contain(SyncDomain.class)).isTrue();
    assertThat(production.contain(Main.class)).isTrue();
    assertThat(production.contain(CoreUsingJackson.class)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRule")
  void production_passes(String name, ArchRule rule) {
    EvaluationResult result = rule.evaluate(production);

    assertThat(result.getFailureReport().getDetails()).as(name).isEmpty();
  }

  @Test
  void everyRule_isListed() throws IllegalAccessException {
    assertThat(everyRule()).hasSize(ruleConstants().size());
  }

  @Test
  void coreDependencies_jacksonInCore_isReported() {
    assertViolation(
        ArchitectureRules.CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES, CoreUsingJackson.class);
  }

  @Test
  void coreDependencies_guavaBeyondInternetDomainName_isReported() {
    assertViolation(
        ArchitectureRules.CORE_DEPENDS_ONLY_ON_ALLOWED_LIBRARIES,
        CoreUsingGuavaBeyondDomainNames.class);
  }

  @Test
  void ports_portUsingService_isReported() {
    assertViolation(ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES, InboundUsingService.class);
  }

  @Test
  void ports_inboundUsingOutbound_isReported() {
    assertViolation(
        ArchitectureRules.INBOUND_AND_OUTBOUND_PORTS_ARE_INDEPENDENT,
        InboundUsingOutbound.class,
        CookieJar.class);
  }

  @Test
  void adapters_storageUsingExport_isReported() {
    assertViolation(ArchitectureRules.ADAPTERS_ARE_INDEPENDENT, StorageUsingExport.class);
  }

  @Test
  void app_adapterDependingOnApp_isReported() {
    assertViolation(
        ArchitectureRules.NOTHING_OUTSIDE_APP_DEPENDS_ON_APP, ExportDependingOnApp.class);
  }

  @Test
  void guiceAndPicocli_inAnAdapter_areReported() {
    assertViolation(ArchitectureRules.GUICE_AND_PICOCLI_ONLY_IN_APP, HostUsingGuice.class);
    assertViolation(ArchitectureRules.GUICE_AND_PICOCLI_ONLY_IN_APP, HostUsingPicocli.class);
  }

  @Test
  void jdbc_outsideStorage_isReported() {
    assertViolation(ArchitectureRules.JDBC_ONLY_IN_STORAGE, ExportUsingJdbc.class);
  }

  @Test
  void jna_outsideWindowsRegistryAdapter_isReported() {
    assertViolation(
        ArchitectureRules.JNA_ONLY_IN_WINDOWS_REGISTRY_ADAPTER, InstallerUsingJna.class);
  }

  @Test
  void jackson_inStorage_isReported() {
    assertViolation(
        ArchitectureRules.JACKSON_ONLY_WHERE_JSON_IS_READ_OR_WRITTEN, StorageUsingJackson.class);
  }

  @Test
  void standardStreams_printingAdapter_isReported() {
    assertViolation(
        ArchitectureRules.NO_STANDARD_STREAMS_EXCEPT_FRAME_WRITER_AND_PRINTER,
        ExportPrinting.class);
  }

  @Test
  void standardStreams_frameWriterAndPrinter_areAllowed() {
    JavaClasses allowed =
        new ClassFileImporter()
            .importClasses(FrameWriter.class, CliPrinter.class, CoreWithTimeArgument.class);

    EvaluationResult result =
        ArchitectureRules.NO_STANDARD_STREAMS_EXCEPT_FRAME_WRITER_AND_PRINTER.evaluate(allowed);

    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void clock_argumentLessNowAndCurrentTimeMillisInCore_areReported() {
    EvaluationResult result =
        ArchitectureRules.NO_CLOCK_READS_IN_CORE.evaluate(
            new ClassFileImporter().importClasses(CoreReadingTheClock.class));

    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains("Instant.now()"))
        .anyMatch(d -> d.contains("LocalDate.now()"))
        .anyMatch(d -> d.contains("System.currentTimeMillis()"));
  }

  @Test
  void clock_nowWithClockArgument_isAllowed() {
    EvaluationResult result =
        ArchitectureRules.NO_CLOCK_READS_IN_CORE.evaluate(
            new ClassFileImporter().importClasses(CoreWithTimeArgument.class));

    assertThat(result.hasViolation()).isFalse();
  }

  @Test
  void modelFields_mutableField_isReported() {
    assertViolation(ArchitectureRules.MODEL_FIELDS_ARE_FINAL, MutableModel.class);
  }

  @Test
  void loggers_publicInstanceLogger_isReported() {
    assertViolation(
        ArchitectureRules.LOGGERS_ARE_PRIVATE_STATIC_FINAL, StorageWithOpenLogger.class);
  }

  @Test
  void packageCycles_twoPackagesUsingEachOther_areReported() {
    assertViolation(ArchitectureRules.NO_PACKAGE_CYCLES, CycleA.class, CycleB.class);
  }

  private static void assertViolation(ArchRule rule, Class<?> fixture, Class<?>... others) {
    List<Class<?>> imported = new ArrayList<>(List.of(others));
    imported.add(fixture);
    JavaClasses classes = new ClassFileImporter().importClasses(imported);

    EvaluationResult result = rule.evaluate(classes);

    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(detail -> detail.contains(fixture.getName()));
  }

  static Stream<Arguments> everyRule() throws IllegalAccessException {
    List<Arguments> rules = new ArrayList<>();
    for (Field field : ruleConstants()) {
      rules.add(Arguments.of(field.getName(), field.get(null)));
    }
    return rules.stream();
  }

  private static List<Field> ruleConstants() {
    List<Field> fields = new ArrayList<>();
    for (Field field : ArchitectureRules.class.getDeclaredFields()) {
      if (field.getType() == ArchRule.class && Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return fields;
  }
}
