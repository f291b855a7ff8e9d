package dev.tracing4j.spring.boot.shop;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import java.util.concurrent.CompletableFuture;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Traced methods under Spring's own proxies. */
@Service
public class Payments {
  private static final Tracer LOG = Tracer.of(Payments.class);

  @Transactional
  @Instrument
  public boolean charge(long orderId) {
    boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
    LOG.atInfo().field("transaction", inTransaction).log("charged");
    return inTransaction;
  }

  @Async
  @Instrument
  public CompletableFuture<String> notify(long orderId) {
    LOG.atInfo().log("notified");
    return CompletableFuture.completedFuture(Thread.currentThread().getName());
  }
}
