package dev.tracing4j.spring.boot.shop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Spring's transaction machinery over a resource that only notes what happened to it. */
public class RecordingTransactionManager extends AbstractPlatformTransactionManager {
  public final List<String> calls = new CopyOnWriteArrayList<>();

  @Override
  protected Object doGetTransaction() {
    return new Object();
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
    calls.add("begin " + definition.getName());
  }

  @Override
  protected void doCommit(DefaultTransactionStatus status) {
    calls.add("commit");
  }

  @Override
  protected void doRollback(DefaultTransactionStatus status) {
    calls.add("rollback");
  }
}
