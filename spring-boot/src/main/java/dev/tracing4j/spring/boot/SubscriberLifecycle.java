package dev.tracing4j.spring.boot;

import dev.tracing4j.runtime.config.ConfigurationException;
import dev.tracing4j.runtime.config.TracingConfig;
import dev.tracing4j.runtime.spi.Subscriber;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;

/**
 * Installs the configured subscriber when the application context starts, before any bean is
 * created, so that what constructors and init methods trace is recorded; and shuts it down when
 * the context closes, after every other bean was destroyed (this bean is created before all of
 * them), so that what destroy methods trace is written too.
 *
 * <p>The configuration is SPEC's {@code tracing4j.*} keys, read from Spring's environment, so
 * {@code application.properties}, profiles and command-line arguments can set them; with nothing
 * configured the subscriber is what {@code Tracing.init()} installs ({@code fmt}).
 */
final class SubscriberLifecycle
    implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean, PriorityOrdered {

  /** The bean {@code SpringApplication} registers in every context it runs. */
  private static final String SPRING_APPLICATION_ARGUMENTS = "springApplicationArguments";
  private static final String REGISTER_SHUTDOWN_HOOK = "spring.main.register-shutdown-hook";

  private Environment environment;
  private boolean holdsSubscriber;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  /** Before other factory post-processors, which may create and trace objects. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!holdsSubscriber) {
      holdsSubscriber = SharedSubscriber.acquire(this::createSubscriber,
          closedByItsOwnShutdownHook(beanFactory));
    }
  }

  @Override
  public void destroy() {
    if (holdsSubscriber) {
      holdsSubscriber = false;
      SharedSubscriber.release();
    }
  }

  /**
   * Whether Spring Boot's shutdown hook closes this context at exit: then the subscriber is shut
   * down by {@link #destroy()}, after the beans, rather than by tracing4j's own hook at the same
   * time as they are destroyed.
   */
  private boolean closedByItsOwnShutdownHook(ConfigurableListableBeanFactory beanFactory) {
    return beanFactory.containsBean(SPRING_APPLICATION_ARGUMENTS)
        && environment.getProperty(REGISTER_SHUTDOWN_HOOK, Boolean.class, Boolean.TRUE);
  }

  private Subscriber createSubscriber() {
    try {
      return TracingConfig.from(SpringTracingProperties.from(environment), System.getenv())
          .createSubscriber();
    } catch (ConfigurationException e) {
      throw new IllegalStateException("tracing4j: " + e.getMessage() + " [" + e.key()
          + " as Spring's environment gives it, from "
          + SpringTracingProperties.originName(e.key(), environment) + "]", e);
    }
  }
}
