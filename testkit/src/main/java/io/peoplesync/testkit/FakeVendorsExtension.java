package io.peoplesync.testkit;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a started fake per parameter, stopped after the test.
 *
 * <pre>{@code
 * @ExtendWith(FakeVendorsExtension.class)
 * class MySyncTest {
 *   @Test void hiresEveryone(FakePepper pepper) { ... pepper.baseUri() ... }
 * }
 * }</pre>
 *
 * <p>The fakes are closed by JUnit's store, which closes {@code AutoCloseable} values (JUnit
 * 5.13+). Any {@link FakeServer} subclass with a public no-argument constructor can be asked for.
 */
public final class FakeVendorsExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(FakeVendorsExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return FakeServer.class.isAssignableFrom(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    try {
      Constructor<?> ctor = type.getConstructor();
      FakeServer fake = (FakeServer) ctor.newInstance();
      fake.start();
      context.getStore(NS).put(parameter.getIndex() + ":" + type.getName(), fake);
      return fake;
    } catch (ReflectiveOperationException e) {
      throw new ParameterResolutionException(
          "cannot create " + type.getName() + ": it needs a public no-argument constructor", e);
    }
  }
}
