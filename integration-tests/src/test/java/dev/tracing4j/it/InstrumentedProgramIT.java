package dev.tracing4j.it;

import static java.util.regex.Pattern.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import dev.tracing4j.it.programs.ShopProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An instrumented program printing through fmt, in a fresh JVM. */
class InstrumentedProgramIT {

  private static final String TIMING = " time\\.busy=\\d\\S*s time\\.idle=\\d\\S*s";

  @Test
  void printsNestedSpansFieldsReturnValuesErrorsAndCloses() throws Exception {
    ProgramRun run = ProgramRun.run(ShopProgram.class, "-Dtracing4j.filter=trace",
        "-Dtracing4j.span_events=close");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals("declined: card declined for order 8\n", run.stdout);
    String place7 = "place{orderId=7 customer=Customer[name=ada, address=Address[city=Paris]]"
        + " customer.city=\"Paris\" region=\"eu\"";
    String place8 = "place{orderId=8 customer=Customer[name=ada, address=Address[city=Paris]]"
        + " customer.city=\"Paris\" region=\"eu\"}";
    String target = ": dev.tracing4j.it.shop.OrderService: ";
    assertLinesMatch(List.of(
        quote("<ts> DEBUG " + place7 + "}:reserve{sku=\"sku-7\" quantity=2}" + target
            + "return=true"),
        quote("<ts> DEBUG " + place7 + "}:reserve{sku=\"sku-7\" quantity=2}" + target + "close")
            + TIMING,
        quote("<ts>  INFO " + place7 + "}" + target + "placed region=\"eu-west\""),
        quote("<ts>  INFO " + place7 + " total=99}" + target + "return=70"),
        quote("<ts>  INFO " + place7 + " total=99}" + target + "close") + TIMING,
        quote("<ts> ERROR " + place8 + target
            + "error=\"dev.tracing4j.it.shop.PaymentException: card declined for order 8\""),
        quote("<ts>  INFO " + place8 + target + "close") + TIMING),
        run.stderrLines());
  }
}
