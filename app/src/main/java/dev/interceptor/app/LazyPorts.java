package dev.interceptor.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * Store ports that open the store on their first call rather than when they are injected. Picocli
 * creates a command, and with it the ports it holds, while it parses the command line: a command
 * shown with {@code --help}, or one refused before it reads anything, then never opens (or creates)
 * the store.
 */
final class LazyPorts {

  private LazyPorts() {}

  /** A {@code port} whose every call goes to the one {@code open} returns at that moment. */
  static <T> T of(Class<T> port, Supplier<T> open) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args, port);
          }
          try {
            return method.invoke(open.get(), args);
          } catch (InvocationTargetException e) {
            // The port's own failure, as the caller would have seen it without the proxy.
            throw e.getCause();
          }
        };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  // equals, hashCode and toString answer for the proxy itself and never open the store.
  private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> port) {
    switch (method.getName()) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return "lazy " + port.getSimpleName();
    }
  }
}
