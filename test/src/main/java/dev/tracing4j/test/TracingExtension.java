package dev.tracing4j.test;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Records everything a test traces, on its own thread and on every thread it hands work to inside
 * one of its spans, into a {@link RecordedTrace} that the test method (or a {@code @BeforeEach} or
 * {@code @AfterEach} method) takes as a parameter. Each test starts with an empty recording,
 * removed after it; tests running in parallel never see each other's records.
 *
 * <pre>{@code
 * @ExtendWith(TracingExtension.class)
 * class OrderServiceTest {
 *   @Test
 *   void recordsTheOrder(RecordedTrace trace) {
 *     new InstrumentedOrderService().place(42);
 *     assertThat(trace).span("place").hasField("order.id", 42L).isClosed();
 *   }
 * }
 * }</pre>
 *
 * <p>What belongs to a test: spans created on its thread, spans created inside those (on any
 * thread: {@code Tracing.propagating}, {@code Span.wrap} and async {@code @Instrument} methods
 * carry the span over), and events inside them or on the test's thread. Work handed to another
 * thread without a span of the test cannot be told apart from another test's, and is not
 * recorded: hand it over with {@code Tracing.propagating(executor)}.
 *
 * <p>While any test uses the extension, its recorder is the global default subscriber; the one
 * installed before (by configuration or in code) comes back after the last such test. A failing
 * test's exception carries the recorded tree as a suppressed exception.
 */
public final class TracingExtension implements BeforeEachCallback, AfterEachCallback,
    ParameterResolver, InvocationInterceptor, TestExecutionExceptionHandler {

  private static final Namespace NAMESPACE = Namespace.create(TracingExtension.class);

  /** For {@code @ExtendWith}; the extension keeps no state of its own. */
  public TracingExtension() {}

  /** The test running now, and what its thread ran before. */
  private record ActiveTest(TestRecording recording, RecordedTrace trace, Thread thread,
      TestRecording threadOwnerBefore) {}

  @Override
  public void beforeEach(ExtensionContext context) {
    Recorder recorder = Recorder.INSTANCE;
    TestRecording recording = recorder.newRecording();
    recorder.acquire();
    TestRecording before = recorder.claim(recording);
    context.getStore(NAMESPACE).put(ActiveTest.class, new ActiveTest(recording,
        new RecordedTrace(recording), Thread.currentThread(), before));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ActiveTest test = context.getStore(NAMESPACE).remove(ActiveTest.class, ActiveTest.class);
    if (test == null) {
      return;
    }
    try {
      if (test.thread() == Thread.currentThread()) {
        Recorder.INSTANCE.restore(test.threadOwnerBefore());
      }
    } finally {
      test.recording().finish();
      Recorder.INSTANCE.release();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RecordedTrace.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ActiveTest test = active(context);
    if (test == null) {
      throw new ParameterResolutionException("a RecordedTrace is recorded per test: take it as a"
          + " parameter of a @Test, @BeforeEach or @AfterEach method, not of "
          + parameter.getDeclaringExecutable());
    }
    return test.trace();
  }

  /**
   * With {@code @Timeout(threadMode = SEPARATE_THREAD)} the test method runs on a thread of
   * JUnit's: it belongs to the test while the method runs.
   */
  @Override
  public void interceptTestMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    runAsTheTest(invocation, context);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext context)
      throws Throwable {
    runAsTheTest(invocation, context);
  }

  private static void runAsTheTest(Invocation<Void> invocation, ExtensionContext context)
      throws Throwable {
    ActiveTest test = active(context);
    if (test == null || test.thread() == Thread.currentThread()) {
      invocation.proceed();
      return;
    }
    TestRecording before = Recorder.INSTANCE.claim(test.recording());
    try {
      invocation.proceed();
    } finally {
      Recorder.INSTANCE.restore(before);
    }
  }

  /** A failure of the test's own assertions shows what the test traced as well. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    ActiveTest test = active(context);
    if (test != null && !(throwable instanceof TraceAssertionError)
        && !(throwable instanceof TestAbortedException)) {
      throwable.addSuppressed(new RecordedTraceReport(test.recording().snapshot()));
    }
    throw throwable;
  }

  private static ActiveTest active(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(ActiveTest.class, ActiveTest.class);
  }
}
