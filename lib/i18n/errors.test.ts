import { describe, expect, it } from "vitest";
import { conflict, forbidden, notFound, storageFault } from "../errors";
import { errorCode, errorFields, errorMessage } from "./errors";

describe("errors in the reader's language", () => {
  it("keep the English text exactly, with a stable code", () => {
    const e = forbidden("You cannot rate your own evidence; others judge its strength.");
    expect(errorMessage(e, "en")).toBe(e.message);
    expect(errorCode(e)).toBe("own_evidence");
    expect(errorCode(notFound("claim"))).toBe("not_found");
    expect(errorCode(conflict("Something new nobody coded."))).toBe("conflict");
  });

  it("say the code's message in Chinese, naming what was not found", () => {
    expect(errorMessage(forbidden(), "zh-Hant")).toBe("你沒有權限這樣做。");
    expect(errorMessage(notFound("claim"), "zh-Hant")).toBe("找不到這個論點。");
    const fault = storageFault({ code: "SQLITE_FULL" })!;
    expect(errorCode(fault)).toBe("disk-full");
    expect(errorMessage(fault, "zh-Hant")).toMatch(/磁碟已滿/);
  });

  it("fall back to the status's message for an error without its own", () => {
    expect(errorMessage(conflict("Something new nobody coded."), "zh-Hant")).toMatch(/衝突/);
  });

  it("translate the field errors they know", () => {
    const fields = { password: ["That is not your password."], name: ["Too long (zod)."] };
    expect(errorFields(fields, "zh-Hant")).toEqual({
      password: ["密碼不正確。"],
      name: ["Too long (zod)."],
    });
    expect(errorFields(fields, "en")).toBe(fields);
  });

  it("translate the evidence form's field errors, with the limit a message names", () => {
    const fields = {
      title: ["Give the source a title."],
      quote: ["Quote at most 1,000 characters; link to the rest."],
      explanation: ["Use at most 2,000 characters."],
    };
    expect(errorFields(fields, "zh-Hant")).toEqual({
      title: ["請為來源加上標題。"],
      quote: ["引述最多 1,000 個字元；其餘部分請用連結。"],
      explanation: ["最多 2,000 個字元。"],
    });
    expect(errorFields(fields, "en")).toBe(fields);
    expect(errorCode(conflict("Use at most 200 characters."))).toBe("max_chars");
  });
});
