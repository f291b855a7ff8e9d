package dev.tracing4j.demo;

import java.util.List;

/** What a customer wants to buy. */
public record Order(String id, String customer, List<String> items, long totalCents) {}
