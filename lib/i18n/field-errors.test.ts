import { describe, expect, it } from "vitest";
import { z } from "zod";
import "../validation/zod-messages";
import { AppError } from "../errors";
import { errorCode, errorFields, errorMessage, fieldMessageOf } from "./errors";

const modules = import.meta.glob<Record<string, unknown>>(
  ["../validation/*.ts", "!../validation/*.test.ts"],
  { eager: true },
);
const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file}: ${name}`, schema })),
);

/** Inputs that break every rule a field can have: missing, wrong type, empty, huge, unknown. */
function badInputs(schema: z.ZodType): unknown[] {
  const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : ["names", "csv"];
  const each = (value: unknown) => Object.fromEntries(keys.map((k) => [k, value]));
  return [
    undefined,
    null,
    42,
    "",
    [],
    {},
    each(""),
    each("   "),
    each(-5),
    each(1.5),
    each(1e9),
    each(true),
    each([]),
    each({}),
    each("x".repeat(70_000)),
    each(Array.from({ length: 2000 }, () => "x")),
    { ...each("a"), extra: 1, ids: [], all: false },
    "name,username\nAda,\n,bob\nCy,A B\nDee,bob",
    Array.from({ length: 70 }, (_, i) => `Student ${i}`).join("\n"),
  ];
}

describe("field errors in Chinese", () => {
  it("say every message any schema of lib/validation writes", () => {
    expect(schemas.length).toBeGreaterThan(20);
    const unknown = new Set<string>();
    for (const { name, schema } of schemas)
      for (const input of badInputs(schema)) {
        const result = schema.safeParse(input);
        if (result.success) continue;
        for (const issue of result.error.issues) {
          if (!fieldMessageOf(issue.message)) unknown.add(`${name}: ${issue.message}`);
        }
      }
    expect([...unknown]).toEqual([]);
  });

  it("keep English as written and translate plain and templated messages", () => {
    const fields = {
      name: ["Name the class."],
      title: ["Use at most 150 characters."],
      maxPoints: ["Give at most 1000 points."],
      csv: [
        "Row 3: Give each student a name.",
        'Row 4: username "A B": Use letters, digits, dots, dashes or underscores.',
        'Row 5: the username "bob" is also on row 2.',
      ],
      textZh: ["Keep the Chinese wording to 300 characters: one assertion."],
    };
    expect(errorFields(fields, "en")).toBe(fields);
    expect(errorFields(fields, "zh-Hant")).toEqual({
      name: ["請替班級取個名稱。"],
      title: ["最多 150 個字元。"],
      maxPoints: ["分數最多 1000 分。"],
      csv: [
        "第 3 列：請填寫每位學生的姓名。",
        "第 4 列：帳號名稱「A B」：請只用英文字母、數字、句點、連字號或底線。",
        "第 5 列：帳號名稱「bob」也出現在第 2 列。",
      ],
      textZh: ["中文措辭請在 300 個字元以內：一個主張只說一件事。"],
    });
  });

  it("translate Conform's reply, where a field without errors is null", () => {
    expect(errorFields({ name: ["Fill this in."], code: null }, "zh-Hant")).toEqual({
      name: ["請填寫這一欄。"],
      code: null,
    });
  });

  it("never leave zod's own wording: a schema without messages speaks ours", () => {
    const result = z
      .object({ a: z.string().max(3), b: z.number().int(), c: z.enum(["x", "y"]) })
      .safeParse({ a: "long", b: 1.5, c: "z" });
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toEqual([
      "Use at most 3 characters.",
      "Give a whole number.",
      "Choose one of: x, y.",
    ]);
  });

  it("name the class errors of the data layer with a code, in both languages", () => {
    const daily = new AppError(
      429,
      "You can make at most 200 student accounts a day; 5 left today.",
      { names: ["At most 5 more today."] },
      3600,
      { code: "daily_accounts", values: { max: 200, left: 5 } },
    );
    expect(errorCode(daily)).toBe("daily_accounts");
    expect(errorMessage(daily, "en")).toBe(daily.message);
    expect(errorMessage(daily, "zh-Hant")).toBe("每天最多只能建立 200 個學生帳號；今天還剩 5 個。");
    expect(errorFields(daily.fields, "zh-Hant")).toEqual({ names: ["今天最多還能建立 5 個。"] });
    const wholeClass = new AppError(
      409,
      "The whole class argues one side on this assignment; edit the assignment instead.",
    );
    expect(errorCode(wholeClass)).toBe("whole_class_side");
    expect(errorMessage(wholeClass, "zh-Hant")).toBe("這份作業是全班站同一邊；請改為編輯作業。");
    for (const message of [
      "This student made their own account: only they can change its password (they can reset it themselves).",
      "A moderator has hidden this claim.",
      "Send the sign-in form as application/x-www-form-urlencoded.",
      "The body must be at most 64 KB.",
    ]) {
      const said = errorMessage(new AppError(400, message), "zh-Hant");
      expect(said, message).toMatch(/[\u3400-\u9fff]/);
      expect(said).not.toMatch(/有些欄位需要修正/);
    }
  });
});
