import { describe, expect, it } from "vitest";
import { formatMoney, formatPrice, normalizePrice } from "@/lib/pricing";

describe("price normalisation", () => {
  it("turns a per-token price into a price per 1M tokens without exponent notation", () => {
    expect(normalizePrice("0.000000075", "per_input_token")).toEqual({ amount: "0.075", unit: "per_1m_input_tokens" });
    expect(formatPrice({ ...normalizePrice("7.5e-8", "per_input_token"), currency: "USD" })).toBe("$0.075 per 1M input tokens");
  });

  it("turns per-1K and per-second and per-year prices into stored units", () => {
    expect(normalizePrice("0.002", "per_1k_tokens")).toEqual({ amount: "2", unit: "per_1m_tokens" });
    expect(normalizePrice("0.0001", "per_second_audio")).toEqual({ amount: "0.006", unit: "per_minute_audio" });
    expect(normalizePrice("240", "per_year")).toEqual({ amount: "20", unit: "per_month" });
  });

  it("leaves stored units as they are", () => {
    expect(normalizePrice("0.30", "per_1m_output_tokens")).toEqual({ amount: "0.3", unit: "per_1m_output_tokens" });
  });

  it("formats money readably", () => {
    expect(formatMoney("0.075")).toBe("$0.075");
    expect(formatMoney("20")).toBe("$20");
    expect(formatMoney("19.5")).toBe("$19.50");
    expect(formatMoney("1250.5")).toBe("$1,250.50");
    expect(formatMoney("0.00000001")).toBe("$0.00000001");
    expect(formatPrice({ amount: "20", currency: "USD", unit: "per_seat_month" })).toBe("$20 per seat per month");
  });
});
