/**
 * Java's `Double.toString` and `Float.toString`.
 *
 * The digits are the shortest decimal that reads back as the same value,
 * which is what JDK 19 and later print. JDK 17 and older print a longer,
 * non-shortest digit string for a few values (`2.0E-3` is printed alike by
 * all of them); rules rarely depend on the difference.
 */

/** Splits the shortest round-trip digits of a finite, non-zero `value` into digits and a decimal exponent. */
function shortestDigits(value: number, float: boolean): { digits: string; exponent: number } {
  const magnitude = Math.abs(value);
  let text = magnitude.toExponential();
  if (float) {
    for (let precision = 1; precision <= 9; precision++) {
      const candidate = magnitude.toExponential(precision - 1);
      if (Math.fround(Number(candidate)) === magnitude) {
        text = candidate;
        break;
      }
    }
  }
  const [mantissa = "0", exponent = "0"] = text.split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  return { digits, exponent: Number(exponent) };
}

function formatJava(value: number, float: boolean): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const { digits, exponent } = shortestDigits(value, float);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-3 && magnitude < 1e7) {
    if (exponent >= 0) {
      const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
      const fraction = digits.slice(exponent + 1) || "0";
      return `${sign}${whole}.${fraction}`;
    }
    return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  }
  const fraction = digits.slice(1) || "0";
  return `${sign}${digits[0]}.${fraction}E${exponent}`;
}

/** Java's `Double.toString(value)`: `1.0`, `0.30000000000000004`, `1.0E10`, `1.0E-5`. */
export function javaDoubleToString(value: number): string {
  return formatJava(value, false);
}

/** Java's `Float.toString(value)` for a value already rounded to float precision. */
export function javaFloatToString(value: number): string {
  return formatJava(value, true);
}
