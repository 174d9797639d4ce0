/** A decimal string without exponent or trailing zeros: "0.30" -> "0.3", "20.000" -> "20". */
export function canonicalDecimal(value: string | { toFixed(digits: number): string }, digits = 8): string {
  const fixed = typeof value === "string" ? Number(value).toFixed(digits) : value.toFixed(digits);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}
