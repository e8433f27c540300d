package dev.interceptor.app;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.interceptor.adapter.export.CurlExportFormat;
import dev.interceptor.adapter.export.HarExportFormat;
import dev.interceptor.adapter.export.JsonCookieExportFormat;
import dev.interceptor.adapter.export.NetscapeCookieExportFormat;
import dev.interceptor.adapter.export.PostmanExportFormat;
import dev.interceptor.core.port.out.CookieExportFormat;
import dev.interceptor.core.port.out.RequestExportFormat;

/**
 * The export formats. Each is one adapter in a set; commands pick one by its name, so a new format
 * is one class and one line here.
 */
public final class ExportModule extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder<RequestExportFormat> requests =
        Multibinder.newSetBinder(binder(), RequestExportFormat.class);
    requests.addBinding().to(HarExportFormat.class);
    requests.addBinding().to(PostmanExportFormat.class);
    requests.addBinding().to(CurlExportFormat.class);

    Multibinder<CookieExportFormat> cookies =
        Multibinder.newSetBinder(binder(), CookieExportFormat.class);
    cookies.addBinding().to(NetscapeCookieExportFormat.class);
    cookies.addBinding().to(JsonCookieExportFormat.class);
  }
}
