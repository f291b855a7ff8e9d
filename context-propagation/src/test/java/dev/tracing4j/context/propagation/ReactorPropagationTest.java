package dev.tracing4j.context.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tracing4j.Level;
import dev.tracing4j.context.propagation.RecordingLayer.RecordedEvent;
import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.registry.Timing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Real Reactor pipelines, with automatic context propagation, hopping between schedulers. */
class ReactorPropagationTest {

  private final Tracer log = Tracer.of("test.reactor");
  private RecordingLayer recording;

  @BeforeAll
  static void enablePropagation() {
    Hooks.enableAutomaticContextPropagation();
  }

  @AfterAll
  static void disablePropagation() {
    Hooks.disableAutomaticContextPropagation();
  }

  @BeforeEach
  void install() {
    recording = RecordingLayer.installGlobally();
  }

  /** A lookup that runs on boundedElastic, in a span of its own. */
  private Mono<Integer> load(int item) {
    return Mono.fromCallable(() -> {
      Span load = log.span(Level.INFO, "load").field("id", item).start();
      try (Scope scope = load.enter()) {
        log.atInfo().log("loaded");
        return item * 10;
      } finally {
        load.close();
      }
    }).subscribeOn(Schedulers.boundedElastic());
  }

  private List<Integer> pipeline(int items) {
    return Flux.range(1, items)
        .publishOn(Schedulers.parallel())
        .doOnNext(item -> log.atInfo().log("received"))
        .flatMap(this::load)
        .publishOn(Schedulers.parallel())
        .doOnNext(item -> log.atInfo().log("priced"))
        .collectList()
        .block(Duration.ofSeconds(10));
  }

  @Test
  void everyEventOfAPipelineOverParallelAndBoundedElasticIsInsideTheSpanThatBuiltIt() {
    Span request = log.span(Level.INFO, "request").field("id", 1L).start();
    List<Integer> result;
    try (Scope scope = request.enter()) {
      result = pipeline(20);
    }
    request.close();

    assertEquals(20, result.size());
    List<RecordedEvent> events = recording.events();
    assertEquals(60, events.size(), events.toString());
    Map<String, Set<String>> threadsByMessage = events.stream().collect(Collectors.groupingBy(
        RecordedEvent::message, Collectors.mapping(e -> pool(e.thread()), Collectors.toSet())));
    assertEquals(Map.of("received", Set.of("parallel"), "loaded", Set.of("boundedElastic"),
        "priced", Set.of("parallel")), threadsByMessage);
    for (RecordedEvent event : events) {
      String expected = event.message().equals("loaded") ? "request#1>load#" : "request#1";
      assertTrue(event.chain().startsWith(expected)
          && (event.message().equals("loaded") || event.chain().equals(expected)), event::toString);
    }
    assertEquals(recording.enters("request#1"), recording.exits("request#1"));
    assertTrue(recording.enters("request#1") > 3, "each resumption on a thread is an enter");
    Timing timing = recording.closedTiming("request#1");
    assertNotNull(timing, "the span closed: no scope was left open on a pool thread");
  }

  @Test
  void aPoolThreadHasNoSpanCurrentOnceThePipelineHasMovedOn() throws Exception {
    Span request = log.span(Level.INFO, "request").field("id", 2L).start();
    try (Scope scope = request.enter()) {
      pipeline(8);
    }
    request.close();
    // Plain tasks, submitted with no span current, find none on any pool thread.
    int workers = Schedulers.DEFAULT_POOL_SIZE;
    CountDownLatch done = new CountDownLatch(workers * 4);
    for (int i = 0; i < workers * 4; i++) {
      Schedulers.parallel().schedule(() -> {
        log.atInfo().log("later");
        done.countDown();
      });
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    List<String> laterChains = recording.events().stream()
        .filter(event -> event.message().equals("later")).map(RecordedEvent::chain).toList();
    assertEquals(workers * 4, laterChains.size());
    assertTrue(laterChains.stream().allMatch(String::isEmpty), laterChains.toString());
  }

  @Test
  void aSubscriptionThatCapturesTheContextKeepsTheSpanWithoutBlocking() throws Exception {
    Span request = log.span(Level.INFO, "request").field("id", 3L).start();
    CountDownLatch done = new CountDownLatch(1);
    try (Scope scope = request.enter()) {
      Mono.delay(Duration.ofMillis(5))
          .publishOn(Schedulers.boundedElastic())
          .doOnNext(tick -> log.atInfo().log("ticked"))
          .contextCapture()
          .doFinally(signal -> done.countDown())
          .subscribe();
    }
    assertTrue(done.await(10, TimeUnit.SECONDS));
    request.close();
    assertEquals(List.of("request#3"), recording.events().stream()
        .map(RecordedEvent::chain).toList());
  }

  @Test
  void concurrentPipelinesEachKeepTheirOwnSpan() throws Exception {
    int requests = 200;
    CountDownLatch done = new CountDownLatch(requests);
    // Callers of their own: blocking on boundedElastic would starve the loads queued there.
    ExecutorService callers = Executors.newFixedThreadPool(16);
    for (int i = 0; i < requests; i++) {
      long id = 100 + i;
      callers.execute(() -> {
        Span request = log.span(Level.INFO, "request").field("id", id).start();
        try (Scope scope = request.enter()) {
          pipeline(5);
        } finally {
          request.close();
          done.countDown();
        }
      });
    }
    assertTrue(done.await(60, TimeUnit.SECONDS));
    callers.shutdown();
    List<RecordedEvent> events = recording.events();
    assertEquals(requests * 15, events.size());
    Map<String, Long> eventsPerRequest = events.stream().collect(Collectors.groupingBy(
        event -> event.chain().split(">")[0], Collectors.counting()));
    assertEquals(requests, eventsPerRequest.size(), "no event lost its span: "
        + eventsPerRequest.keySet().stream().filter(chain -> !chain.startsWith("request#"))
            .toList());
    assertTrue(eventsPerRequest.values().stream().allMatch(count -> count == 15),
        eventsPerRequest.toString());
    for (int i = 0; i < requests; i++) {
      String label = "request#" + (100 + i);
      assertEquals(recording.enters(label), recording.exits(label), label);
      assertNotNull(recording.closedTiming(label), label + " closed");
    }
  }

  /** {@code parallel-3} and {@code boundedElastic-12} name their pools. */
  private static String pool(String thread) {
    return thread.substring(0, thread.indexOf('-'));
  }
}
