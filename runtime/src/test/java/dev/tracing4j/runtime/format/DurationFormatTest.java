package dev.tracing4j.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationFormatTest {

  @ParameterizedTest
  @CsvSource({
      "0, 0.00ns",
      "7, 7.00ns",
      "12, 12.0ns",
      "999, 999ns",
      "1000, 1.00µs",
      "1234, 1.23µs",
      "801000, 801µs",
      "801499, 801µs",
      "999499, 999µs",
      "999500, 1.00ms",
      "1200000, 1.20ms",
      "9995000, 10.0ms",
      "99950000, 100ms",
      "3400000000, 3.40s",
      "123456000000, 123s",
      "2000000000000, 2000s",
      "-5, 0.00ns",
  })
  void printsThreeSignificantDigitsInTheLargestUnitUnderAThousand(long nanos, String expected) {
    assertEquals(expected, DurationFormat.format(nanos));
  }
}
