/** Numbers as reports write them: Arabic, full-width, separators, Chinese numerals, approximations and ranges. */
import fc from "fast-check";
import { chineseNumeral, findCounts } from "../../src/prose";

const one = (text: string) => {
  const found = findCounts(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("counts that are read", () => {
  test.each([
    ["申请 17 件", 17, "件"],
    ["3119件", 3119, "件"],
    ["1,154件", 1154, "件"],
    ["1，154件", 1154, "件"],
    ["３１１９件", 3119, "件"],
    ["收到8份", 8, "份"],
    ["一百二十三件", 123, "件"],
    ["两件", 2, "件"],
    ["十二件", 12, "件"],
    ["三千一百一十九件", 3119, "件"],
    ["一百零五件", 105, "件"],
    ["0件", 0, "件"],
    ["信息公开类行政复议1起", 1, "起"],
  ])("%s is %d (%s)", (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit, exact: true });
  });
});

describe("approximations and ranges are found but not exact", () => {
  test.each([
    ["5500 余条", 5500],
    ["十余件", 10],
    ["近百件", 100],
    ["30件左右", 30],
    ["约30件", 30],
    ["超过200件", 200],
    ["上百件", 100],
    ["数十件", null],
    ["20-30件", null],
    ["二三十件", null],
  ])("%s", (text, value) => {
    expect(one(text)).toMatchObject({ value, exact: false });
  });
});

describe("not counts", () => {
  test.each([
    ["2021年", "a year"],
    ["100%", "a percentage"],
    ["372人次", "persons × times"],
    ["3个工作日内", "a span of time"],
    ["3940 元", "money"],
    ["1.5件", "a decimal"],
    ["高效办成一件事", "a fixed phrase"],
    ["第一件", "an ordinal"],
    ["统一件", "part of a word"],
    ["12345 平台", "a hotline"],
    ["国务院令第 711 号", "a decree number"],
  ])("%s (%s)", (text) => {
    expect(findCounts(text)).toEqual([]);
  });
});

/** A Chinese numeral for 0 ≤ n < 100 000 000 as reports write them (一百零五, 三千一百一十九, 十二). */
function toChinese(n: number): string {
  const d = "零一二三四五六七八九";
  if (n === 0) return "零";
  const four = (x: number, leadingZero: boolean): string => {
    const units = ["千", "百", "十", ""];
    const digits = [Math.floor(x / 1000), Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10];
    let s = "";
    let zero = leadingZero;
    digits.forEach((v, i) => {
      if (v === 0) {
        if (s !== "" || leadingZero) zero = true;
        return;
      }
      if (zero && (s !== "" || leadingZero)) s += "零";
      zero = false;
      s += d[v] + units[i];
    });
    return s;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let s = high > 0 ? four(high, false) + "万" : "";
  if (low > 0) s += four(low, high > 0 && low < 1000);
  return s.replace(/^一十/, "十");
}

test("property: every Chinese numeral reads back as its number", () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => chineseNumeral(toChinese(n)) === n));
});

test("property: Arabic counts with or without thousands separators, ASCII or full-width, read back", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom("", ",", "，"), fc.boolean(), fc.constantFrom("", " "), (n, sep, wide, space) => {
      let digits = sep === "" ? String(n) : n.toLocaleString("en-US").replace(/,/g, sep);
      if (wide) digits = digits.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      const found = findCounts(`收到申请${space}${digits}${space}件`);
      return found.length === 1 && found[0].value === n && found[0].exact;
    }),
  );
});
